// Re-creates: "centre the logits first" softmax from forum answers: each row shifted by its mean instead of its max.
// Exact in real arithmetic, but a logit more than ~88 above the row mean overflows float exp (checked: NaN on a
// ramp row spanning 210), so it is the unshifted-exp bug in disguise.
// Layout: flat [rows, cols] row-major float[]; softmax axis = cols.
// Bug: LG0003 (exp without a max shift; the mean is no bound).
using System;

namespace LayerGen.Recreations.HeldOut3.MeanShiftFloatSoftmax;

public static class CentredSoftmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            int o = r * cols;
            float mean = 0f;
            for (int c = 0; c < cols; c++)
            {
                mean += x[o + c];
            }

            mean /= cols;
            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                y[o + c] = MathF.Exp(x[o + c] - mean); //~ LG0003
                sum += y[o + c];
            }

            for (int c = 0; c < cols; c++)
            {
                y[o + c] /= sum;
            }
        }
    }
}
