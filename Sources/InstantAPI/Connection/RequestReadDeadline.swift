import NIOCore
import NIOHTTP1

/// Closes a connection that is too slow to send its requests: idle between requests, a head
/// that takes longer than the header-read timeout from its first byte, a body that takes longer
/// than the body-read timeout from the end of its head (``GatewayLimits``). It also ends the
/// request with an error when the connection closes in the middle of a body, which Hummingbird
/// would otherwise hand on as a complete, shorter body.
///
/// Two handlers share one deadline, because the phases are seen at two places: raw bytes before
/// the HTTP decoder tell that a head has begun; decoded parts after it tell where it ends, and
/// the response's end tells that the connection is idle again (counting requests, since the
/// decoder reads pipelined ones ahead). Both run on the channel's event loop.
final class RequestReadDeadline {
    enum Phase {
        /// Between requests, or before the first: nothing received.
        case idle
        /// Bytes of a head have arrived, but not all of it.
        case head
        /// The head has arrived, the body has not ended.
        case body
        /// The request is read; the response is being made. No read deadline: the execution
        /// timeout bounds it, and a response the client stops reading the idle timeout.
        case responding
    }

    /// Why a request ended early, delivered to the body reader as an error.
    struct RequestAbandoned: Error, CustomStringConvertible {
        var description: String
    }

    private let limits: GatewayLimits
    /// How often the deadline is checked: an eighth of the shortest timeout, 10 ms to 1 s.
    /// A tick costs a clock read per phase change, where a timer per phase would be three
    /// schedules and cancellations per request.
    private let tick: TimeAmount
    private(set) var phase = Phase.idle
    /// When the current phase runs out; `nil` while responding.
    private var expiry: NIODeadline?
    private var ticking = false
    private var closed = false
    /// Set once the server is shutting down: a connection not yet responding is closed.
    private var quiescing = false

    init(limits: GatewayLimits) {
        self.limits = limits
        let shortest = min(limits.idleTimeout, limits.headerReadTimeout, limits.bodyReadTimeout) / 8
        tick = TimeAmount(min(max(shortest, .milliseconds(10)), .seconds(1)))
    }

    /// The handler to put before the HTTP decoder.
    func byteWatcher() -> ByteWatcher { ByteWatcher(deadline: self) }
    /// The handler to put after the HTTP decoder.
    func partWatcher() -> PartWatcher { PartWatcher(deadline: self) }

    fileprivate func enter(_ phase: Phase, context: ChannelHandlerContext) {
        self.phase = phase
        let timeout: Duration
        switch phase {
        case .idle: timeout = limits.idleTimeout
        case .head: timeout = limits.headerReadTimeout
        case .body: timeout = limits.bodyReadTimeout
        case .responding:
            expiry = nil
            return
        }
        // While shutting down, a request not yet read is refused; a connection that just
        // finished a response is closed by Hummingbird once that response is written.
        if quiescing, phase != .idle {
            expire(context: context)
            return
        }
        expiry = .now() + TimeAmount(timeout)
        if !ticking { scheduleCheck(context: context) }
    }

    private func scheduleCheck(context: ChannelHandlerContext) {
        ticking = true
        context.eventLoop.assumeIsolatedUnsafeUnchecked().scheduleTask(in: tick) { [self] in
            ticking = false
            guard !closed else { return }
            if let expiry, expiry <= .now() {
                expire(context: context)
            } else {
                scheduleCheck(context: context)
            }
        }
    }

    fileprivate func expire(context: ChannelHandlerContext) {
        guard !closed else { return }
        closed = true
        if phase == .body {
            context.fireErrorCaught(RequestAbandoned(description: "request body not received in time"))
        }
        context.close(promise: nil)
    }

    fileprivate func quiesce(context: ChannelHandlerContext) {
        quiescing = true
        if phase != .responding { expire(context: context) }
    }

    /// A response the client does not read (its window stays shut) holds the connection at
    /// most an idle timeout; `nil` when it can be written again.
    fileprivate func writeStalled(_ stalled: Bool) {
        guard phase == .responding else { return }
        expiry = stalled ? .now() + TimeAmount(limits.idleTimeout) : nil
    }

    /// The connection is gone: the next check ends the ticking.
    fileprivate func stop() {
        closed = true
    }

    /// Sees the raw bytes: the first byte after an idle period starts a head.
    final class ByteWatcher: ChannelInboundHandler, RemovableChannelHandler {
        typealias InboundIn = ByteBuffer
        typealias InboundOut = ByteBuffer

        private let deadline: RequestReadDeadline

        init(deadline: RequestReadDeadline) {
            self.deadline = deadline
        }

        func handlerAdded(context: ChannelHandlerContext) {
            if context.channel.isActive { deadline.enter(.idle, context: context) }
        }

        func channelActive(context: ChannelHandlerContext) {
            deadline.enter(.idle, context: context)
            context.fireChannelActive()
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            if deadline.phase == .idle { deadline.enter(.head, context: context) }
            context.fireChannelRead(data)
        }

        func handlerRemoved(context: ChannelHandlerContext) {
            deadline.stop()
        }
    }

    /// Sees decoded request parts and the response's end.
    final class PartWatcher: ChannelDuplexHandler, RemovableChannelHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias InboundOut = HTTPServerRequestPart
        typealias OutboundIn = HTTPServerResponsePart
        typealias OutboundOut = HTTPServerResponsePart

        private let deadline: RequestReadDeadline
        /// Requests whose head has been read and whose response has not ended. More than one
        /// when a client pipelines: the decoder reads ahead while Hummingbird answers in order.
        private var unanswered = 0
        /// A head has been read and its body has not ended.
        private var readingBody = false

        init(deadline: RequestReadDeadline) {
            self.deadline = deadline
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head:
                unanswered += 1
                readingBody = true
            case .end:
                readingBody = false
            case .body:
                break
            }
            updatePhase(context: context)
            context.fireChannelRead(data)
        }

        func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
            context.write(data, promise: promise)
            if case .end = unwrapOutboundIn(data) {
                unanswered = max(0, unanswered - 1)
                updatePhase(context: context)
            }
        }

        /// The body being read is the one of the oldest request still unanswered (or of one
        /// answered early, whose rest Hummingbird drains); a pipelined request's body waits, as
        /// its reader does, for the responses before it.
        private func updatePhase(context: ChannelHandlerContext) {
            let next: Phase
            if readingBody, unanswered <= 1 {
                next = .body
            } else if unanswered > 0 {
                next = .responding
            } else if deadline.phase == .head {
                return  // bytes of the next head have arrived already
            } else {
                next = .idle
            }
            if next != deadline.phase { deadline.enter(next, context: context) }
        }

        func channelWritabilityChanged(context: ChannelHandlerContext) {
            deadline.writeStalled(!context.channel.isWritable)
            context.fireChannelWritabilityChanged()
        }

        func channelInactive(context: ChannelHandlerContext) {
            if deadline.phase == .body {
                context.fireErrorCaught(RequestAbandoned(description: "connection closed before the request body ended"))
            }
            deadline.stop()
            context.fireChannelInactive()
        }

        func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
            if event is ChannelShouldQuiesceEvent { deadline.quiesce(context: context) }
            context.fireUserInboundEventTriggered(event)
        }
    }
}
