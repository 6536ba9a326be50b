// Idiom: static fields as global state in one big static class; one method does the whole batch with the max and the
// total kept in static double fields; sizes from GetLength.
// Layout: double[,] [samples, classes] in static fields.
// Bug (LG0002): the static Total is zeroed once at the start of the method, not per sample, so every sample after the
// first is divided by the exps of all samples so far.
using System;

namespace HeldOut33.GlobalFieldsTotalAcrossSamples;

/// <summary>Softmax lab, part 2.</summary>
public static class Lab2
{
    /// <summary>The scores, one row per sample.</summary>
    public static double[,] Scores = { { 1, 2, 3 }, { 3, 2, 1 } };

    /// <summary>The probabilities, filled by Softmax.</summary>
    public static double[,] Probs = new double[2, 3];

    static double Max;
    static double Total;

    public static void Softmax()
    {
        Probs = new double[Scores.GetLength(0), Scores.GetLength(1)];
        Total = 0;
        for (int s = 0; s < Scores.GetLength(0); s++)
        {
            Max = Scores[s, 0];
            for (int c = 1; c < Scores.GetLength(1); c++)
            {
                if (Scores[s, c] > Max) Max = Scores[s, c];
            }

            for (int c = 0; c < Scores.GetLength(1); c++)
            {
                Probs[s, c] = Math.Exp(Scores[s, c] - Max);
                Total += Probs[s, c]; //~ LG0002
            }

            for (int c = 0; c < Scores.GetLength(1); c++)
            {
                Probs[s, c] /= Total;
            }
        }
    }

    public static void Main()
    {
        Softmax();
        Console.WriteLine("first sample, first class: " + Probs[0, 0]);
    }
}
