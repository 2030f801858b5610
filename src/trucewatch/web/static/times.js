// trucewatch dashboard: times as people read them, in a zone (the chosen agreement's) or in UTC, by the rules
// of trucewatch.api.local_time (the CLI and the report): an instant to the minute with the zone's name; an
// interval within one local day as one date with two times; an interval of whole local days (midnight to
// midnight, however long a day is across a clock change) as its dates, the last day included.
"use strict";
(function (root) {
  const formats = new Map();
  function format(tz) {
    if (!formats.has(tz)) {
      formats.set(tz, new Intl.DateTimeFormat("en-GB", { timeZone: tz, year: "numeric", month: "2-digit",
        day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" }));
    }
    return formats.get(tz);
  }
  // an ISO instant (e.g. 2025-03-24T22:00:00Z) as its local date, time and zone name in tz
  function parts(value, tz) {
    const p = Object.fromEntries(format(tz).formatToParts(new Date(value)).map((x) => [x.type, x.value]));
    return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, zone: p.timeZoneName };
  }
  function instant(value, tz) {
    const p = parts(value, tz || "UTC");
    return `${p.date} ${p.time} ${p.zone}`;
  }
  function span(start, end, tz) {
    if (!start) return "unknown";
    tz = tz || "UTC";
    if (!end || Date.parse(end) === Date.parse(start)) return instant(start, tz);
    const first = parts(start, tz), last = parts(end, tz);
    if (first.time === "00:00" && last.time === "00:00" && Date.parse(end) > Date.parse(start)) {
      const lastDay = parts(Date.parse(end) - 60000, tz).date; // the day before the closing midnight
      return lastDay === first.date ? first.date : `${first.date} – ${lastDay}`;
    }
    if (first.date === last.date) return `${first.date} ${first.time}–${last.time} ${last.zone}`;
    return `${first.date} ${first.time} – ${last.date} ${last.time} ${last.zone}`;
  }
  // the exact instants as stored (UTC), for a tooltip
  function exact(start, end) {
    const text = (value) => value.replace("T", " ").replace(":00Z", "Z");
    return (start ? text(start) : "unknown") + (end && end !== start ? " – " + text(end) : "");
  }
  root.trucewatchTimes = { instant, span, exact };
})(typeof window !== "undefined" ? window : globalThis);
