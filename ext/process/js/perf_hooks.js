// node:perf_hooks -- the `performance` global: a monotonic clock from the process start,
// the wall-clock time origin, and the user timing API (marks and measures).
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const { codes } = internals.require('internal/errors');
  const { DOMException } = internals.require('internal/dom_exception');
  const { structuredClone } = internals.require('internal/structured_clone');

  const now = () => ops.op_process_performance_now();
  const timeOrigin = ops.op_process_time_origin();
  const constructing = Symbol('constructing');

  function illegalConstructor() {
    const err = new TypeError('Illegal constructor');
    err.code = 'ERR_ILLEGAL_CONSTRUCTOR';
    return err;
  }
  function notImplemented(what) {
    return function () {
      throw new codes.ERR_NOT_IMPLEMENTED(what);
    };
  }

  function fill(entry, name, type, start, duration, detail) {
    entry.name = name;
    entry.entryType = type;
    entry.startTime = start;
    entry.duration = duration;
    entry.detail = detail;
    return entry;
  }

  class PerformanceEntry {
    constructor(key) {
      if (key !== constructing) throw illegalConstructor();
    }
    toJSON() {
      return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail };
    }
  }
  class PerformanceMark extends PerformanceEntry {
    constructor(name, options) {
      if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
      const start = options && options.startTime !== undefined ? options.startTime : now();
      if (typeof start !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('options.startTime', 'number', start);
      const detail = options && options.detail !== undefined ? structuredClone(options.detail) : null;
      super(constructing);
      fill(this, String(name), 'mark', start, 0, detail);
    }
  }
  class PerformanceMeasure extends PerformanceEntry {
    constructor() {
      throw illegalConstructor();
    }
  }

  // The buffered entries, each list in the order they were made.
  const marks = [];
  const measures = [];

  function markTime(name) {
    if (typeof name === 'number') return name;
    for (let i = marks.length - 1; i >= 0; i--) if (marks[i].name === name) return marks[i].startTime;
    throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  }
  function byStartTime(a, b) {
    return a.startTime - b.startTime;
  }

  class Performance {
    constructor() {
      throw illegalConstructor();
    }
    get timeOrigin() { return timeOrigin; }
    now() { return now(); }
    mark(name, options) {
      if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
      const mark = new PerformanceMark(name, options);
      marks.push(mark);
      return mark;
    }
    measure(name, startOrOptions, endMark) {
      if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
      let start = 0;
      let end;
      let detail = null;
      if (startOrOptions !== null && typeof startOrOptions === 'object') {
        const o = startOrOptions;
        if (o.start !== undefined) start = markTime(o.start);
        if (o.end !== undefined) end = markTime(o.end);
        else if (o.duration !== undefined) end = start + o.duration;
        if (o.start === undefined && o.duration !== undefined && end !== undefined) start = end - o.duration;
        if (o.detail !== undefined) detail = structuredClone(o.detail);
      } else if (startOrOptions !== undefined) {
        start = markTime(startOrOptions);
      }
      if (end === undefined) end = endMark !== undefined ? markTime(endMark) : now();
      const entry = fill(Object.create(PerformanceMeasure.prototype), String(name), 'measure', start, end - start, detail);
      measures.push(entry);
      return entry;
    }
    clearMarks(name) {
      clear(marks, name);
    }
    clearMeasures(name) {
      clear(measures, name);
    }
    getEntries() {
      return marks.concat(measures).sort(byStartTime);
    }
    getEntriesByName(name, type) {
      return this.getEntries().filter((e) => e.name === name && (type === undefined || e.entryType === type));
    }
    getEntriesByType(type) {
      if (type === 'mark') return marks.slice().sort(byStartTime);
      if (type === 'measure') return measures.slice().sort(byStartTime);
      return [];
    }
    toJSON() {
      return { timeOrigin };
    }
  }
  function clear(list, name) {
    if (name === undefined) {
      list.length = 0;
      return;
    }
    for (let i = list.length - 1; i >= 0; i--) if (list[i].name === name) list.splice(i, 1);
  }
  for (const name of ['eventLoopUtilization', 'timerify', 'markResourceTiming']) {
    Performance.prototype[name] = notImplemented('performance.' + name + '()');
  }
  Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });

  const performance = Object.create(Performance.prototype);

  return {
    Performance,
    PerformanceEntry,
    PerformanceMark,
    PerformanceMeasure,
    PerformanceObserver: notImplemented('perf_hooks.PerformanceObserver'),
    monitorEventLoopDelay: notImplemented('perf_hooks.monitorEventLoopDelay()'),
    createHistogram: notImplemented('perf_hooks.createHistogram()'),
    performance,
    constants: {
      NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1,
      NODE_PERFORMANCE_GC_INCREMENTAL: 8, NODE_PERFORMANCE_GC_WEAKCB: 16,
      NODE_PERFORMANCE_GC_FLAGS_NO: 0, NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
      NODE_PERFORMANCE_GC_FLAGS_FORCED: 4, NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
      NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16, NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
      NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
    },
  };
})();
