// node:diagnostics_channel -- named channels that libraries publish to and tools subscribe
// to, and TracingChannel (five channels around a call: start, end, asyncStart, asyncEnd,
// error). Channels are kept by name for the life of the process (Node lets unused ones be
// collected; the observable behaviour is the same). Node's own built-in channels
// (`http.server.request.start`, ...) are not published.
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const { validateFunction } = require('internal/validators');

  // A subscriber or a store transform that throws does not stop the publisher: the error
  // is thrown again on its own, as an uncaught exception, in the next tick (as in Node).
  function reportLater(err) {
    process.nextTick(() => internals.triggerUncaughtException(err, false));
  }

  const channels = new Map();

  class Channel {
    constructor(name) {
      this.name = name;
      this._subscribers = [];
      this._stores = new Map();
    }

    get hasSubscribers() {
      return this._subscribers.length > 0 || this._stores.size > 0;
    }

    subscribe(onMessage) {
      validateFunction(onMessage, 'subscription');
      // A new array, so a publish that is running goes on with the old list.
      this._subscribers = [...this._subscribers, onMessage];
    }

    unsubscribe(onMessage) {
      const i = this._subscribers.indexOf(onMessage);
      if (i === -1) return false;
      const next = this._subscribers.slice();
      next.splice(i, 1);
      this._subscribers = next;
      return true;
    }

    publish(data) {
      const subscribers = this._subscribers;
      for (let i = 0; i < subscribers.length; i++) {
        try {
          subscribers[i](data, this.name);
        } catch (err) {
          reportLater(err);
        }
      }
    }

    // `store` (an AsyncLocalStorage) holds `transform(data)` while runStores() runs.
    bindStore(store, transform) {
      if (transform !== undefined) validateFunction(transform, 'transform');
      this._stores.set(store, transform);
    }

    unbindStore(store) {
      return this._stores.delete(store);
    }

    // Publishes `data`, then calls fn with every bound store holding its value.
    runStores(data, fn, thisArg, ...args) {
      let run = () => {
        this.publish(data);
        return Reflect.apply(fn, thisArg, args);
      };
      for (const [store, transform] of this._stores) {
        const inner = run;
        run = () => {
          let value;
          try {
            value = transform === undefined ? data : transform(data);
          } catch (err) {
            reportLater(err);
            return inner();
          }
          return store.run(value, inner);
        };
      }
      return run();
    }
  }

  function channel(name) {
    const found = channels.get(name);
    if (found !== undefined) return found;
    if (typeof name !== 'string' && typeof name !== 'symbol') {
      throw new codes.ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
    }
    const made = new Channel(name);
    channels.set(name, made);
    return made;
  }

  function hasSubscribers(name) {
    const found = channels.get(name);
    return found !== undefined && found.hasSubscribers;
  }

  function subscribe(name, onMessage) {
    channel(name).subscribe(onMessage);
  }

  function unsubscribe(name, onMessage) {
    const found = channels.get(name);
    return found !== undefined && found.unsubscribe(onMessage);
  }

  const kTraceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

  class TracingChannel {
    constructor(nameOrChannels) {
      if (typeof nameOrChannels === 'string') {
        for (const event of kTraceEvents) this[event] = channel(`tracing:${nameOrChannels}:${event}`);
      } else if (nameOrChannels !== null && typeof nameOrChannels === 'object') {
        for (const event of kTraceEvents) {
          const given = nameOrChannels[event];
          if (!(given instanceof Channel)) {
            throw new codes.ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, 'Channel', given);
          }
          this[event] = given;
        }
      } else {
        throw new codes.ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'TracingChannel'], nameOrChannels);
      }
    }

    get hasSubscribers() {
      return kTraceEvents.some((event) => this[event].hasSubscribers);
    }

    subscribe(handlers) {
      for (const event of kTraceEvents) {
        if (handlers[event]) this[event].subscribe(handlers[event]);
      }
    }

    unsubscribe(handlers) {
      let all = true;
      for (const event of kTraceEvents) {
        if (handlers[event] && !this[event].unsubscribe(handlers[event])) all = false;
      }
      return all;
    }

    traceSync(fn, context = {}, thisArg, ...args) {
      if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
      return traced(this, context, () => {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      });
    }

    tracePromise(fn, context = {}, thisArg, ...args) {
      if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
      const { asyncStart, asyncEnd, error } = this;
      const settled = (result) => {
        context.result = result;
        asyncStart.publish(context);
        asyncEnd.publish(context);
        return result;
      };
      const failed = (err) => {
        context.error = err;
        error.publish(context);
        asyncStart.publish(context);
        asyncEnd.publish(context);
        return Promise.reject(err);
      };
      return traced(this, context, () => {
        let promise = Reflect.apply(fn, thisArg, args);
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return promise.then(settled, failed);
      });
    }

    // fn takes a Node-style callback at `position` (negative: from the end).
    traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
      if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
      const { asyncStart, asyncEnd, error } = this;
      const callback = args.at(position);
      validateFunction(callback, 'callback');
      function wrapped(err, result) {
        if (err) {
          context.error = err;
          error.publish(context);
        } else {
          context.result = result;
        }
        return asyncStart.runStores(context, () => {
          try {
            return Reflect.apply(callback, this, arguments);
          } finally {
            asyncEnd.publish(context);
          }
        });
      }
      args.splice(position, 1, wrapped);
      return traced(this, context, () => Reflect.apply(fn, thisArg, args));
    }
  }

  // The synchronous part of a traced call: `call` runs inside start.runStores; a throw
  // is published on `error` and rethrown; `end` is published either way.
  function traced(tracing, context, call) {
    const { start, end, error } = tracing;
    return start.runStores(context, () => {
      try {
        return call();
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  function tracingChannel(nameOrChannels) {
    return new TracingChannel(nameOrChannels);
  }

  return { channel, hasSubscribers, subscribe, unsubscribe, tracingChannel, Channel };
})();
