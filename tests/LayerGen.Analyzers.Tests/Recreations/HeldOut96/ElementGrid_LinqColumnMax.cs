// Idiom: one thread per element (Parallel.For over the flattened grid) after LINQ reduction "kernels" for the
// statistics.
// Use: element-wise softmax over jagged sample rows; the shift is computed per class column, the denominator per row.
// Layout: jagged float[batch][classes]; element id -> (b = id / classes, c = id % classes).
// Bug (LG0004): the max is taken down each class column (over the batch) while the sum runs along each sample (over the
// classes): max and sum run over different axes.
// Our own code.
#nullable enable
using System;
using System.Linq;
using System.Threading.Tasks;

namespace HeldOut96.ElementGrid_LinqColumnMax;

public static class JaggedElementKernels
{
    public static float[][] Softmax(float[][] logits)
    {
        int batch = logits.Length;
        int classes = logits[0].Length;

        float[] shift = Enumerable.Range(0, classes)
            .Select(c => logits.Max(row => row[c])) //~ LG0004
            .ToArray();
        float[] denom = logits
            .Select(row => row.Select((v, c) => MathF.Exp(v - shift[c])).Sum())
            .ToArray();

        var probs = new float[batch][];
        for (int b = 0; b < batch; b++)
        {
            probs[b] = new float[classes];
        }

        Parallel.For(0, batch * classes, id =>
        {
            int b = id / classes;
            int c = id % classes;
            probs[b][c] = MathF.Exp(logits[b][c] - shift[c]) / denom[b];
        });
        return probs;
    }
}
