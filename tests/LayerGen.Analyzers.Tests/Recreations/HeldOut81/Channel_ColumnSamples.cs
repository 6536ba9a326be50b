// Idiom: a bounded `Channel<int>` of sample indices filled by a `Task.Run(async () => ...)` producer and drained with
// `await foreach (int b in samples.Reader.ReadAllAsync().ConfigureAwait(false))`.
// Use: a single consumer normalising samples of a column-major score matrix as they are scheduled.
// Layout: float[classes, batch] (column-major: sample b is column b).
// Correct: the peak and the sum of sample b run over the classes of column b.
// Our own code.
#nullable enable
using System;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace HeldOut81.Channel_ColumnSamples;

public static class ScheduledColumns
{
    public static async Task<float[,]> SoftmaxColumnsAsync(float[,] logits)
    {
        int classes = logits.GetLength(0), batch = logits.GetLength(1);
        var result = new float[classes, batch];
        Channel<int> samples = Channel.CreateBounded<int>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        Task producer = Task.Run(async () =>
        {
            for (int b = 0; b < batch; b++)
                await samples.Writer.WriteAsync(b).ConfigureAwait(false);
            samples.Writer.Complete();
        });

        await foreach (int b in samples.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            float peak = logits[0, b];
            for (int c = 1; c < classes; c++)
                peak = MathF.Max(peak, logits[c, b]);

            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                result[c, b] = MathF.Exp(logits[c, b] - peak);
                sum += result[c, b];
            }

            for (int c = 0; c < classes; c++)
                result[c, b] /= sum;
        }

        await producer.ConfigureAwait(false);
        return result;
    }
}
