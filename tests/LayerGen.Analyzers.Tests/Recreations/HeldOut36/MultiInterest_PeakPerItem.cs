// Idiom: multi-interest user model: scores stored per item (one entry per interest), softmax of each interest over the items
// Layout: jagged float[items][interests] (item-major), the softmax axis is the items, i.e. down the jagged "column"
// Bug (LG0004): the peak is taken per item over the interests (scores[i].Max()), the sum per interest over the items
using System;
using System.Linq;

namespace HeldOut36.MultiInterest_PeakPerItem;

public static class InterestSoftmax
{
    public static float[][] OverItems(float[][] scores)
    {
        int items = scores.Length;
        int interests = scores[0].Length;
        var peak = new float[items];
        for (int i = 0; i < items; i++)
        {
            peak[i] = scores[i].Max(); //~ LG0004
        }

        var probs = new float[items][];
        for (int i = 0; i < items; i++)
        {
            probs[i] = new float[interests];
        }

        for (int r = 0; r < interests; r++)
        {
            float sum = 0f;
            for (int i = 0; i < items; i++)
            {
                probs[i][r] = MathF.Exp(scores[i][r] - peak[i]);
                sum += probs[i][r];
            }

            for (int i = 0; i < items; i++)
            {
                probs[i][r] /= sum;
            }
        }

        return probs;
    }
}
