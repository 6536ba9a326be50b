// Source: neural language identification (Google CLD3 `NNetLanguageIdentifier`, fastText lid-style front ends).
// Layout: Dictionary<string, float> language code → score; LINQ ToDictionary.
// Bug (LG0003): the scores are exponentiated without subtracting their maximum (large scores overflow to ∞).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut23.LanguageIdentification;

/// <summary>Probability of each candidate language of one text, written with LINQ.</summary>
public static class LinqLanguageProbabilities
{
    /// <summary>Maps each language code to its probability.</summary>
    public static Dictionary<string, float> FromScores(Dictionary<string, float> scores)
    {
        var weights = scores.ToDictionary(entry => entry.Key, entry => MathF.Exp(entry.Value)); //~ LG0003
        float norm = weights.Values.Sum();
        return weights.ToDictionary(entry => entry.Key, entry => entry.Value / norm);
    }
}
