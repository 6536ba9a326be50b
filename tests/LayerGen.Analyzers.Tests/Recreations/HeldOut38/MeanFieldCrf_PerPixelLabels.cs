// Idiom: dense-CRF-style mean-field refinement on a 4-neighbour grid: Q = softmax over labels of (unary + w * sum of neighbours' Q), iterated
// Layout: flat float[] label-major [labels, H * W] (CHW of one image), pixel index y * W + x
// Correct
using System;

namespace HeldOut38.MeanFieldCrf_PerPixelLabels;

public sealed class MeanFieldCrf
{
    public float PottsWeight { get; set; } = 1f;

    public float[] Infer(float[] unary, int labels, int height, int width, int iterations)
    {
        int pixels = height * width;
        var q = new float[unary.Length];
        var next = new float[unary.Length];
        var logit = new float[labels];

        for (int it = 0; it < iterations; it++)
        {
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    int p = y * width + x;
                    float top = float.NegativeInfinity;
                    for (int l = 0; l < labels; l++)
                    {
                        float message = 0f;
                        if (x > 0) message += q[l * pixels + p - 1];
                        if (x < width - 1) message += q[l * pixels + p + 1];
                        if (y > 0) message += q[l * pixels + p - width];
                        if (y < height - 1) message += q[l * pixels + p + width];
                        logit[l] = unary[l * pixels + p] + PottsWeight * message;
                        if (logit[l] > top) top = logit[l];
                    }

                    float z = 0f;
                    for (int l = 0; l < labels; l++)
                    {
                        next[l * pixels + p] = MathF.Exp(logit[l] - top);
                        z += next[l * pixels + p];
                    }

                    for (int l = 0; l < labels; l++)
                        next[l * pixels + p] /= z;
                }
            }

            (q, next) = (next, q);
        }

        return q;
    }
}
