// Idiom: one thread per row — a kernel method taking the thread index, launched with Parallel.For over the batch.
// Use: softmax of a batch of logits on the CPU, written the way a GPU kernel would be (one worker per sample).
// Layout: flat float[batch * classes], row-major; the kernel reads its row at offset row * classes.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Threading.Tasks;

namespace HeldOut96.ThreadPerRow_FlatParallelFor;

public static class RowSoftmaxKernels
{
    public static void Launch(float[] logits, float[] probs, int batch, int classes)
    {
        Parallel.For(0, batch, row => SoftmaxRowKernel(row, logits, probs, classes));
    }

    private static void SoftmaxRowKernel(int row, float[] input, float[] output, int classes)
    {
        int baseIdx = row * classes;
        float rowMax = float.NegativeInfinity;
        for (int k = 0; k < classes; k++)
        {
            float v = input[baseIdx + k];
            if (v > rowMax) rowMax = v;
        }

        float denom = 0f;
        for (int k = 0; k < classes; k++)
        {
            float e = MathF.Exp(input[baseIdx + k] - rowMax);
            output[baseIdx + k] = e;
            denom += e;
        }

        float inv = 1f / denom;
        for (int k = 0; k < classes; k++)
        {
            output[baseIdx + k] *= inv;
        }
    }
}
