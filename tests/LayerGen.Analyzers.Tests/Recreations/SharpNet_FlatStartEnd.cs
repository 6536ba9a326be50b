// Re-creation (our own code) of CpuTensorActivationFunctions.Softmax in FranckZibi/SharpNet,
// type SharpNet.CPU.CpuTensorActivationFunctions.
// Layout: [batch, classes] flat in spans; the inner loops run over absolute indices from
// start = row * classes to end = start + classes (no "i * cols + j" arithmetic in the access).
// Correct: rowMax and rowExpSum are declared per row.
using System;

namespace Recreations.SharpNetFlatStartEnd;

public static class CpuSoftmax
{
    public static void Forward(ReadOnlySpan<float> x, Span<float> y, int classes)
    {
        int batchSize = x.Length / classes;
        for (int row = 0; row < batchSize; ++row)
        {
            int start = row * classes;
            int end = start + classes;
            float rowMax = float.MinValue;
            for (int i = start; i < end; ++i)
            {
                rowMax = Math.Max(rowMax, x[i]);
            }

            float rowExpSum = 0f;
            for (int i = start; i < end; ++i)
            {
                float e = (float)Math.Exp(x[i] - rowMax);
                rowExpSum += e;
                y[i] = e;
            }

            for (int i = start; i < end; ++i)
            {
                y[i] /= rowExpSum;
            }
        }
    }
}
