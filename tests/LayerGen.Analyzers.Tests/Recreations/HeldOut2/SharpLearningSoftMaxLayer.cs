// Re-creates: SharpLearning (mdabros/SharpLearning) src/SharpLearning.Neural/Layers/SoftMaxLayer.cs, Forward via a row-major matrix
// Layout: flat float[] row-major [rows, cols], fields for the shape, instance method
// Expected: Correct
using System;

namespace HeldOut2.SharpLearningSoftMaxLayer;

public sealed class SoftMaxLayer
{
    private readonly int m_rows;
    private readonly int m_cols;

    public SoftMaxLayer(int rows, int cols)
    {
        m_rows = rows;
        m_cols = cols;
    }

    public void Forward(float[] input, float[] output)
    {
        for (int row = 0; row < m_rows; row++)
        {
            var rowOffset = row * m_cols;
            var max = float.MinValue;
            for (int col = 0; col < m_cols; col++)
            {
                max = Math.Max(max, input[rowOffset + col]);
            }

            var sum = 0.0f;
            for (int col = 0; col < m_cols; col++)
            {
                var e = MathF.Exp(input[rowOffset + col] - max);
                output[rowOffset + col] = e;
                sum += e;
            }

            for (int col = 0; col < m_cols; col++)
            {
                output[rowOffset + col] /= sum;
            }
        }
    }
}
