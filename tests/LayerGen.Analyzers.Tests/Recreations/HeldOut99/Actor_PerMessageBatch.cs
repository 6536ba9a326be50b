// Idiom: an actor with a channel mailbox; each message carries a whole batch and a reply TaskCompletionSource, and
// the handler keeps its per-row running state in a small mutable struct that is re-created for every row.
// Use: a single-threaded "classifier actor" that serialises requests from many callers.
// Layout: float[batch, classes] (2D, row-major), softmax over each row.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace HeldOut99.Actor_PerMessageBatch;

public sealed record ClassifyBatch(float[,] Logits, TaskCompletionSource<float[,]> Reply);

public sealed class ClassifierActor
{
    private readonly Channel<ClassifyBatch> _mailbox = Channel.CreateUnbounded<ClassifyBatch>(new UnboundedChannelOptions { SingleReader = true });

    private struct RowState
    {
        public float Max;
        public float Sum;
    }

    public Task<float[,]> AskAsync(float[,] logits)
    {
        var reply = new TaskCompletionSource<float[,]>(TaskCreationOptions.RunContinuationsAsynchronously);
        _mailbox.Writer.TryWrite(new ClassifyBatch(logits, reply));
        return reply.Task;
    }

    public void Stop() => _mailbox.Writer.Complete();

    public async Task RunAsync(CancellationToken ct = default)
    {
        await foreach (ClassifyBatch message in _mailbox.Reader.ReadAllAsync(ct))
        {
            message.Reply.TrySetResult(Handle(message.Logits));
        }
    }

    private static float[,] Handle(float[,] z)
    {
        int rows = z.GetLength(0), cols = z.GetLength(1);
        var p = new float[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            var state = new RowState { Max = float.NegativeInfinity, Sum = 0f };
            for (int c = 0; c < cols; c++)
            {
                if (z[r, c] > state.Max) state.Max = z[r, c];
            }

            for (int c = 0; c < cols; c++)
            {
                p[r, c] = float.Exp(z[r, c] - state.Max);
                state.Sum += p[r, c];
            }

            for (int c = 0; c < cols; c++)
            {
                p[r, c] /= state.Sum;
            }
        }

        return p;
    }
}
