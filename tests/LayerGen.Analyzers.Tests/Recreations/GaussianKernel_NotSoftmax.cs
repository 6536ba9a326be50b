// Re-creation (our own code) of GaussianKernel.Calculate in SylarLi/ImageProcess,
// ImageProcess/EdgeDetection/GaussianKernel.cs (and the same shape in Ruslan361/CG_1 GaussianFilter.cs).
// Layout: a [size, size] float kernel: exp(-(x^2 + y^2) / (2 sigma^2)) normalised by the sum of all entries.
// Not a softmax of logits: the exponent is never positive (the centre is exp(0) = 1), so nothing can
// overflow and the whole-kernel sum is the intended normalisation. Must stay silent.
using System;

namespace Recreations.GaussianKernelNotSoftmax;

public static class GaussianKernel
{
    public static float[,] Calculate(int size, float sigma)
    {
        var values = new float[size, size];
        int half = size / 2;
        double falloff = -1.0 / (2 * sigma * sigma);
        float sum = 0;
        for (int i = 0; i < size; i++)
        {
            for (int j = 0; j < size; j++)
            {
                int dx = i - half;
                int dy = j - half;
                values[i, j] = (float)Math.Exp(falloff * (dx * dx + dy * dy));
                sum += values[i, j];
            }
        }

        float inverse = 1 / sum;
        for (int i = 0; i < size; i++)
        {
            for (int j = 0; j < size; j++)
            {
                values[i, j] *= inverse;
            }
        }

        return values;
    }
}
