// Idiom: `Task.Run` per class for the peaks, then `Task.Run` per sample for the normalisation, both awaited with
// `Task.WhenAll` over LINQ-built task sequences.
// Use: parallel softmax over samples whose classes are spread over task-owned columns.
// Layout: jagged float[batch][classes].
// Bug: LG0004 — each class's peak is folded over the batch, while each sample's sum runs over the classes.
// Our own code.
#nullable enable
using System;
using System.Linq;
using System.Threading.Tasks;

namespace HeldOut81.TaskRunPerRow_ClassPeaks;

public static class ClassParallelSoftmax
{
    public static async Task<float[][]> RunAsync(float[][] samples)
    {
        int classes = samples[0].Length;
        var peaks = new float[classes];
        await Task.WhenAll(Enumerable.Range(0, classes).Select(c => Task.Run(() =>
        {
            float best = float.MinValue;
            foreach (float[] sample in samples)
                best = MathF.Max(best, sample[c]); //~ LG0004
            peaks[c] = best;
        })));

        float[][] outputs = await Task.WhenAll(samples.Select(sample => Task.Run(() =>
        {
            var e = new float[classes];
            float total = 0f;
            for (int c = 0; c < classes; c++)
            {
                e[c] = MathF.Exp(sample[c] - peaks[c]);
                total += e[c];
            }

            for (int c = 0; c < classes; c++)
                e[c] /= total;
            return e;
        })));
        return outputs;
    }
}
