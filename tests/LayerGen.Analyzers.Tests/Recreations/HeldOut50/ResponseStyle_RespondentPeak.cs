// Idiom: response-style category probabilities where the shift is taken once per respondent over the whole
// questionnaire block (every question's categories), then each question is normalised on its own.
// Layout: ReadOnlySpan<double>, Slice per respondent block, then Slice per question; AsSpan on the output.
// Bug: LG0001 (the max spans all of a respondent's questions; a question far below another underflows to 0/0).
using System;

namespace HeldOut50.ResponseStyle_RespondentPeak;

public static class QuestionnaireBlocks
{
    public static double[] Probabilities(ReadOnlySpan<double> eta, int questions, int categories)
    {
        var result = new double[eta.Length];
        int block = questions * categories;
        for (int r = 0; r * block < eta.Length; r++)
        {
            ReadOnlySpan<double> respondent = eta.Slice(r * block, block);
            double shift = double.NegativeInfinity;
            foreach (double v in respondent)
                shift = Math.Max(shift, v); //~ LG0001

            for (int q = 0; q < questions; q++)
            {
                ReadOnlySpan<double> question = respondent.Slice(q * categories, categories);
                Span<double> outSlice = result.AsSpan(r * block + q * categories, categories);
                double z = 0.0;
                for (int k = 0; k < categories; k++)
                {
                    outSlice[k] = Math.Exp(question[k] - shift);
                    z += outSlice[k];
                }

                for (int k = 0; k < categories; k++)
                {
                    outSlice[k] /= z;
                }
            }
        }

        return result;
    }
}
