// Idiom: while loops with manual counters over a jagged float array (a blog post's "softmax from scratch"), double
// Math.Exp cast back to float, division in a second while loop.
// Layout: float[][] [samples][classes].
// Bug (LG0003): the exp is taken of the raw scores, no max is subtracted (overflow to Infinity and NaN above ~88).
using System;

namespace HeldOut33.WhileLoopsRawExp;

/// <summary>Softmax from scratch, part 1.</summary>
public static class FromScratch
{
    public static float[][] Softmax(float[][] x)
    {
        float[][] y = new float[x.Length][];
        int r = 0;
        while (r < x.Length)
        {
            y[r] = new float[x[r].Length];
            float total = 0f;
            int c = 0;
            while (c < x[r].Length)
            {
                y[r][c] = (float)Math.Exp(x[r][c]); //~ LG0003
                total += y[r][c];
                c++;
            }

            c = 0;
            while (c < x[r].Length)
            {
                y[r][c] /= total;
                c++;
            }

            r++;
        }

        return y;
    }
}
