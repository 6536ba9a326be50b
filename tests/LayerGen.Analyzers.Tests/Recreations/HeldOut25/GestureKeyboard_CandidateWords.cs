// Source: word-gesture (swipe) keyboard decoding (SHARK2, Kristensson & Zhai 2004; Gboard-style decoders): each lexicon
//         candidate scored by shape- and location-channel distances, −(d_s² + d_l²) / 2σ², plus a language-model score,
//         and the candidates' posterior a softmax of those scores (re-created shape, our own code).
// Layout: records `GestureCandidate(Word, ShapeDistance, LocationDistance, LanguageScore)` in a list; scores from a private
//         helper into a scratch array, `Math.Max` fold; a list of (word, probability) tuples.
// Label: Correct.
using System;
using System.Collections.Generic;

namespace HeldOut25.GestureKeyboard;

/// <summary>One lexicon word proposed for a gesture, with its channel distances and language-model score.</summary>
public sealed record GestureCandidate(string Word, double ShapeDistance, double LocationDistance, double LanguageScore);

/// <summary>Posterior over the candidate words of one gesture.</summary>
public static class CandidateWords
{
    /// <summary>Returns each candidate with its posterior probability, in candidate order.</summary>
    public static List<(string Word, double Probability)> Decode(IReadOnlyList<GestureCandidate> candidates, double sigma)
    {
        var scores = new double[candidates.Count];
        double best = double.NegativeInfinity;
        for (int i = 0; i < candidates.Count; i++)
        {
            scores[i] = Score(candidates[i], sigma);
            best = Math.Max(best, scores[i]);
        }

        double total = 0.0;
        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] = Math.Exp(scores[i] - best);
            total += scores[i];
        }

        var result = new List<(string Word, double Probability)>(candidates.Count);
        for (int i = 0; i < scores.Length; i++)
        {
            result.Add((candidates[i].Word, scores[i] / total));
        }

        return result;
    }

    private static double Score(GestureCandidate c, double sigma) =>
        -(c.ShapeDistance * c.ShapeDistance + c.LocationDistance * c.LocationDistance) / (2.0 * sigma * sigma) + c.LanguageScore;
}
