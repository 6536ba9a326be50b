// Source: neural language identification (Google CLD3 `NNetLanguageIdentifier`, fastText lid-style front ends): the
// network's per-language scores for a text are turned into a probability per language code.
// Layout: Dictionary<string, float> language code → score; foreach with KeyValuePair deconstruction.
// Correct: the scores are shifted by their maximum before exp.
using System;
using System.Collections.Generic;

namespace HeldOut23.LanguageIdentification;

/// <summary>Probability of each candidate language of one text.</summary>
public static class LanguageProbabilities
{
    /// <summary>Maps each language code to its probability.</summary>
    public static Dictionary<string, float> FromScores(IReadOnlyDictionary<string, float> scores)
    {
        float strongest = float.NegativeInfinity;
        foreach (var (_, score) in scores)
        {
            strongest = MathF.Max(strongest, score);
        }

        var probabilities = new Dictionary<string, float>(scores.Count);
        float norm = 0f;
        foreach (var (language, score) in scores)
        {
            float weight = MathF.Exp(score - strongest);
            probabilities[language] = weight;
            norm += weight;
        }

        foreach (var language in scores.Keys)
        {
            probabilities[language] /= norm;
        }

        return probabilities;
    }
}
