// Re-creates: SharpLearning (mdabros/SharpLearning) src/SharpLearning.Neural/Layers/SoftMaxLayer.cs, with the sum declared once
// Layout: flat float[] row-major [rows, cols], shape passed as arguments
// Expected: LG0002 — the sum is declared before the row loop and never reset per row
using System;

namespace HeldOut2.SharpLearningSumNotReset;

public static class SoftMaxLayer
{
    public static void Forward(float[] input, float[] output, int rows, int cols)
    {
        var sum = 0.0f;
        for (int row = 0; row < rows; row++)
        {
            var rowOffset = row * cols;
            var max = float.MinValue;
            for (int col = 0; col < cols; col++)
            {
                max = Math.Max(max, input[rowOffset + col]);
            }

            for (int col = 0; col < cols; col++)
            {
                var e = MathF.Exp(input[rowOffset + col] - max);
                output[rowOffset + col] = e;
                sum += e; //~ LG0002
            }

            for (int col = 0; col < cols; col++)
            {
                output[rowOffset + col] /= sum;
            }
        }
    }
}
