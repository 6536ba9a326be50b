// Idiom: channel softmax over a channels-last image batch held as a rank-4 array; the normaliser is declared per image,
// above the row/column loops, and never reset per pixel.
// Layout: float[n, h, w, c] (NHWC), softmax over dimension 3.
// Bug LG0002: the sum runs over every pixel of the image, more than one pixel's channels.
using System;

namespace HeldOut67.NhwcChannel_SumPerImage;

public static class NhwcSoftmax
{
    public static float[,,,] Apply(float[,,,] x)
    {
        int n = x.GetLength(0), h = x.GetLength(1), w = x.GetLength(2), c = x.GetLength(3);
        var y = new float[n, h, w, c];
        for (int b = 0; b < n; b++)
        {
            double z = 0.0;
            for (int i = 0; i < h; i++)
            {
                for (int j = 0; j < w; j++)
                {
                    float mx = x[b, i, j, 0];
                    for (int k = 1; k < c; k++)
                    {
                        mx = Math.Max(mx, x[b, i, j, k]);
                    }

                    for (int k = 0; k < c; k++)
                    {
                        y[b, i, j, k] = MathF.Exp(x[b, i, j, k] - mx);
                        z += y[b, i, j, k]; //~ LG0002
                    }

                    for (int k = 0; k < c; k++)
                    {
                        y[b, i, j, k] = (float)(y[b, i, j, k] / z);
                    }
                }
            }
        }

        return y;
    }
}
