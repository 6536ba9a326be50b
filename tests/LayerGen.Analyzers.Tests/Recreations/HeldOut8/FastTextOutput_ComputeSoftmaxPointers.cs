// Source: fastText `SoftmaxLoss::computeOutput` (facebookresearch/fastText src/loss.cc: max over the output, exp,
// z, divide), re-created as an unsafe C# port with a batched caller.
// Layout: float* row of `osz` outputs; the batch is a flat float[rows * osz] pinned once, one row pointer per row.
// Correct: the 1-D helper normalises exactly one row.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class FastTextOutput_ComputeSoftmaxPointers
{
    public static unsafe void ComputeOutput(float* output, int osz)
    {
        float max = output[0], z = 0f;
        for (int i = 0; i < osz; i++) max = MathF.Max(output[i], max);
        for (int i = 0; i < osz; i++)
        {
            output[i] = MathF.Exp(output[i] - max);
            z += output[i];
        }
        for (int i = 0; i < osz; i++) output[i] /= z;
    }

    public static unsafe void PredictBatch(float[] outputs, int rows, int osz)
    {
        fixed (float* basePtr = outputs)
        {
            for (int r = 0; r < rows; r++) ComputeOutput(basePtr + r * osz, osz);
        }
    }
}
