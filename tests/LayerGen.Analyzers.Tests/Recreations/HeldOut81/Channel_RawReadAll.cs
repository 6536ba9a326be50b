// Idiom: a channel pump, `await foreach (float[] chunk in input.ReadAllAsync(ct))` then `await output.WriteAsync(...)`,
// each chunk a block of rows.
// Use: a pipeline stage turning blocks of logits into blocks of probabilities.
// Layout: each chunk a flat float[] of whole rows, row-major, rows at offset o (o += classes).
// Bug: LG0003 — `MathF.Exp` of the raw logits, normalised by each row's sum; no max is subtracted.
// Our own code.
#nullable enable
using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace HeldOut81.Channel_RawReadAll;

public static class ProbabilityPump
{
    public static async Task PumpAsync(ChannelReader<float[]> input, ChannelWriter<float[]> output, int classes, CancellationToken ct = default)
    {
        await foreach (float[] chunk in input.ReadAllAsync(ct))
        {
            var probs = new float[chunk.Length];
            for (int o = 0; o < chunk.Length; o += classes)
            {
                float denominator = 0f;
                for (int j = 0; j < classes; j++)
                {
                    probs[o + j] = MathF.Exp(chunk[o + j]); //~ LG0003
                    denominator += probs[o + j];
                }

                for (int j = 0; j < classes; j++)
                    probs[o + j] /= denominator;
            }

            await output.WriteAsync(probs, ct);
        }

        output.Complete();
    }
}
