// Idiom: Andrich rating scale model scoring a response file: for each (person, item) response record, category
// probabilities from eta = theta_p - delta_i and the shared thresholds, cumulative numerators shifted by their largest
// (WINSTEPS-style RSM, our own C#).
// Layout: List<Response> record structs, IReadOnlyDictionary<string, RatingItem> item bank, List<double[]> out.
// Correct.
using System.Collections.Generic;
using System;

namespace HeldOut50.RatingScale_RecordResponses;

public readonly record struct Response(int Person, string ItemId);

public sealed record RatingItem(double Difficulty);

public static class RatingScaleModel
{
    public static List<double[]> CategoryProbabilities(List<Response> responses, IReadOnlyDictionary<string, RatingItem> items, IReadOnlyList<double> ability, double[] thresholds)
    {
        var output = new List<double[]>(responses.Count);
        foreach (Response response in responses)
        {
            double eta = ability[response.Person] - items[response.ItemId].Difficulty;
            var numer = new double[thresholds.Length + 1];
            double cum = 0.0, top = 0.0;
            for (int k = 1; k < numer.Length; k++)
            {
                cum += eta - thresholds[k - 1];
                numer[k] = cum;
                if (cum > top) top = cum;
            }

            double z = 0.0;
            for (int k = 0; k < numer.Length; k++)
            {
                numer[k] = Math.Exp(numer[k] - top);
                z += numer[k];
            }

            for (int k = 0; k < numer.Length; k++)
            {
                numer[k] /= z;
            }

            output.Add(numer);
        }

        return output;
    }
}
