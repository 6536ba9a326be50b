// Idiom: survey response-style model (extreme/midpoint response style plus trait, as in IRTree / multidimensional
// nominal response-style models): category propensities per respondent per question already combine trait and style;
// each question's categories are normalised on their own span slice.
// Layout: flat ReadOnlySpan<float> respondents * questions * categories, Slice per (respondent, question), Span out.
// Correct.
using System;

namespace HeldOut50.ResponseStyle_QuestionSlices;

public static class ResponseStyleModel
{
    public static void CategoryProbabilities(ReadOnlySpan<float> propensity, Span<float> probability, int questions, int categories)
    {
        int respondents = propensity.Length / (questions * categories);
        for (int r = 0; r < respondents; r++)
        {
            for (int q = 0; q < questions; q++)
            {
                int start = (r * questions + q) * categories;
                ReadOnlySpan<float> eta = propensity.Slice(start, categories);
                Span<float> prob = probability.Slice(start, categories);
                float top = eta[0];
                for (int k = 1; k < eta.Length; k++)
                {
                    if (eta[k] > top) top = eta[k];
                }

                float sum = 0f;
                for (int k = 0; k < eta.Length; k++)
                {
                    prob[k] = MathF.Exp(eta[k] - top);
                    sum += prob[k];
                }

                for (int k = 0; k < prob.Length; k++)
                {
                    prob[k] /= sum;
                }
            }
        }
    }
}
