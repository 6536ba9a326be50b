// Idiom: Math.Pow(Math.E, x) as the exp (a learner who knows e^x but not Math.Exp), result double[][] built row by
// row in loops, arrays sized by .Length, Console.WriteLine of each row's total as a sanity check.
// Layout: double[][] [samples][classes].
// Correct: e^(x - rowMax) with each row's own max and sum.
using System;

namespace HeldOut33.PowEulerJaggedShifted;

/// <summary>Softmax written with Math.Pow(Math.E, ...).</summary>
public static class PowSoftmax
{
    public static double[][] Softmax(double[][] logits)
    {
        double[][] probs = new double[logits.Length][];
        for (int i = 0; i < logits.Length; i++)
        {
            probs[i] = new double[logits[i].Length];
            double rowMax = logits[i][0];
            for (int j = 0; j < logits[i].Length; j++)
            {
                rowMax = Math.Max(rowMax, logits[i][j]);
            }

            double rowTotal = 0;
            for (int j = 0; j < logits[i].Length; j++)
            {
                probs[i][j] = Math.Pow(Math.E, logits[i][j] - rowMax);
                rowTotal += probs[i][j];
            }

            for (int j = 0; j < logits[i].Length; j++)
            {
                probs[i][j] = probs[i][j] / rowTotal;
            }

            Console.WriteLine("row " + i + ": exp total " + rowTotal);
        }

        return probs;
    }
}
