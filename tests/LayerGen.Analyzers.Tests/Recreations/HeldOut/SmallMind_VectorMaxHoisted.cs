// Variant (our own code) of SoftmaxOps.Softmax2D in justinamiller/SmallMind, src/SmallMind.Core/Simd/SoftmaxOps.cs
// (sequential branch): the Vector<float> running maximum and its scalar are declared once before the row loop "to
// avoid re-allocating", so every row's maximum also covers all earlier rows.
// Layout: flat float[], row offset r * cols, Vector<float> max + scalar tail. Bug (LG0001): max never reset per row
// (both scalar folds of the hoisted maximum are marked).
using System;
using System.Numerics;

namespace HeldOut.SmallMindVectorMaxHoisted;

public static class SoftmaxOps
{
    public static void Softmax2D(float[] input, float[] output, int rows, int cols)
    {
        int width = Vector<float>.Count;
        var maxVec = new Vector<float>(float.NegativeInfinity);
        float max = float.NegativeInfinity;
        for (int r = 0; r < rows; r++)
        {
            int offset = r * cols;
            int j = 0;
            for (; j <= cols - width; j += width)
            {
                maxVec = Vector.Max(maxVec, new Vector<float>(input, offset + j));
            }

            for (int k = 0; k < width; k++)
            {
                max = MathF.Max(max, maxVec[k]); //~ LG0001
            }

            for (; j < cols; j++)
            {
                max = MathF.Max(max, input[offset + j]); //~ LG0001
            }

            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                float e = MathF.Exp(input[offset + c] - max);
                output[offset + c] = e;
                sum += e;
            }

            for (int c = 0; c < cols; c++)
            {
                output[offset + c] /= sum;
            }
        }
    }
}
