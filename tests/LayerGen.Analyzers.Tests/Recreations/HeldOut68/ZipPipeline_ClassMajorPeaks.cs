// Idiom: an `IEnumerable` pipeline with `Zip`: per sample, the class scores `byClass.Select(c => c[b])` are zipped with
// precomputed peaks, `(z, m) => MathF.Exp(z - m)`. Our own code.
// Use: per-sample class probabilities. Layout: class-major jagged float[classes][batch] (one array per class).
// Bug LG0004: the peaks are `byClass.Select(scores => scores.Max())`, one per class over the batch, while each sum runs
// over the classes of one sample.
using System;
using System.Linq;

namespace HeldOut68.ZipPipeline_ClassMajorPeaks;

public static class ClassMajorSoftmax
{
    public static float[][] Softmax(float[][] byClass)
    {
        int batch = byClass[0].Length;
        float[] peaks = byClass.Select(scores => scores.Max()).ToArray(); //~ LG0004
        var probs = byClass.Select(_ => new float[batch]).ToArray();
        for (int b = 0; b < batch; b++)
        {
            float[] e = byClass.Select(c => c[b]).Zip(peaks, (z, m) => MathF.Exp(z - m)).ToArray();
            float sum = e.Sum();
            for (int c = 0; c < e.Length; c++) probs[c][b] = e[c] / sum;
        }

        return probs;
    }
}
