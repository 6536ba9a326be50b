// Idiom: `Parallel.ForEach(logits, (row, _, index) => ...)` with the indexed overload; each lambda writes `probs[index]`.
// Use: multithreaded softmax over a jagged batch.
// Layout: jagged float[batch][classes].
// Bug LG0003: `MathF.Exp(row[j])` of the raw logits, no max subtracted: overflows above ~88 in float.
// Our own code.
using System;
using System.Threading.Tasks;

namespace HeldOut78.ParallelFor_RawJaggedRows;

public static class ParallelJagged
{
    public static float[][] Softmax(float[][] logits)
    {
        var probs = new float[logits.Length][];
        Parallel.ForEach(logits, (row, _, index) =>
        {
            var p = new float[row.Length];
            float z = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                p[j] = MathF.Exp(row[j]); //~ LG0003
                z += p[j];
            }
            for (int j = 0; j < row.Length; j++) p[j] /= z;
            probs[index] = p;
        });
        return probs;
    }
}
