// Source: NeuralLib Maths/Softmax.Apply (nokiiaa/NeuralLib): the sum of exps is inverted once and multiplied in;
// re-created over a batch buffer with fixed pointers and one row pointer per sample.
// Layout: float[] flat [rows, cols] behind float*; softmax over the columns of each row.
// Bug LG0003: exp of the raw values, no maximum subtracted.
using System;

namespace HeldOut7.FixedPointerReciprocalRawExp
{
    public static unsafe class PointerBatchSoftmax
    {
        public static void Apply(float[] values, float[] result, int cols)
        {
            int rows = values.Length / cols;
            fixed (float* src = values)
            fixed (float* dst = result)
            {
                for (int r = 0; r < rows; r++)
                {
                    float* x = src + r * cols;
                    float* y = dst + r * cols;
                    float sumExp = 0f;
                    for (int i = 0; i < cols; i++)
                    {
                        y[i] = (float)Math.Exp(x[i]); //~ LG0003
                        sumExp += y[i];
                    }

                    sumExp = 1f / sumExp;
                    for (int i = 0; i < cols; i++)
                    {
                        y[i] *= sumExp;
                    }
                }
            }
        }
    }
}
