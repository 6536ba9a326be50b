// Variant (our own code) of NNSoftMaxLayer (namespace LGFW, Unity; repository not named in the public code index;
// the sum of exps kept in a field, m_sum, next to the m_expOutput buffer) lifted to a batch: the sum field is
// cleared once per Forward call, not once per row.
// Layout: flat float[] fields, row offset r * Cols; sum in a field. Bug (LG0002): the field sum spans all rows.
using System;

namespace HeldOut.FieldBuffersSumFieldNotReset;

public sealed class SoftmaxLayer
{
    private readonly float[] expOutput;
    private float sum;

    public SoftmaxLayer(int rows, int cols)
    {
        Rows = rows;
        Cols = cols;
        expOutput = new float[rows * cols];
    }

    public int Rows { get; }

    public int Cols { get; }

    public float[] Forward(float[] input)
    {
        sum = 0f;
        for (int r = 0; r < Rows; r++)
        {
            int start = r * Cols;
            float max = float.NegativeInfinity;
            for (int c = 0; c < Cols; c++)
            {
                max = MathF.Max(max, input[start + c]);
            }

            for (int c = 0; c < Cols; c++)
            {
                expOutput[start + c] = MathF.Exp(input[start + c] - max);
                sum += expOutput[start + c]; //~ LG0002
            }

            for (int c = 0; c < Cols; c++)
            {
                expOutput[start + c] /= sum;
            }
        }

        return (float[])expOutput.Clone();
    }
}
