// Idiom: System.Threading.Channels producer/consumer; a producer task writes one message per row, a consumer drains
// ReadAllAsync and normalises each message.
// Use: an inference pipeline where the model stage posts logits and a post-processing stage turns them into probabilities.
// Layout: each message carries its row index and a double[] of logits; results go into a 2D double[rows, classes].
// Correct.
// Our own code.
#nullable enable
using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace HeldOut99.Channels_RowMessages;

public readonly record struct RowMessage(int Row, double[] Logits);

public static class SoftmaxPipeline
{
    public static async Task<double[,]> RunAsync(double[][] logits, CancellationToken ct = default)
    {
        int classes = logits.Length == 0 ? 0 : logits[0].Length;
        var result = new double[logits.Length, classes];
        var channel = Channel.CreateBounded<RowMessage>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });

        Task producer = Task.Run(async () =>
        {
            for (int r = 0; r < logits.Length; r++)
            {
                await channel.Writer.WriteAsync(new RowMessage(r, logits[r]), ct);
            }

            channel.Writer.Complete();
        }, ct);

        await foreach (RowMessage message in channel.Reader.ReadAllAsync(ct))
        {
            double[] z = message.Logits;
            double max = double.NegativeInfinity;
            for (int j = 0; j < z.Length; j++)
            {
                max = Math.Max(max, z[j]);
            }

            double sum = 0.0;
            for (int j = 0; j < z.Length; j++)
            {
                double e = double.Exp(z[j] - max);
                result[message.Row, j] = e;
                sum += e;
            }

            for (int j = 0; j < z.Length; j++)
            {
                result[message.Row, j] /= sum;
            }
        }

        await producer;
        return result;
    }
}
