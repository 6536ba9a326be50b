// Source: fastText output softmax (facebookresearch/fastText `SoftmaxLoss::computeOutput`), re-created as a batched
// predictor over a matrix of outputs.
// Layout: float[rows, labels]; the max is reset per row.
// Bug (LG0002): z is declared once above the row loop and never reset, so row r divides by the exps of rows 0..r.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class FastTextBatch_SumDeclaredOutside
{
    public static void ComputeOutputs(float[,] output)
    {
        int rows = output.GetLength(0), labels = output.GetLength(1);
        float z = 0f;
        for (int r = 0; r < rows; r++)
        {
            float max = output[r, 0];
            for (int i = 0; i < labels; i++) max = MathF.Max(output[r, i], max);
            for (int i = 0; i < labels; i++)
            {
                output[r, i] = MathF.Exp(output[r, i] - max);
                z += output[r, i]; //~ LG0002
            }
            for (int i = 0; i < labels; i++) output[r, i] /= z;
        }
    }
}
