// Source: attention-based aspect-level sentiment classification (ATAE-LSTM, Wang et al. 2016): α = softmax(wᵀ M)
// over the words of a sentence, for the sentence's aspect.
// Layout: classes with properties (Sentence → List<Token>, each token holding its score and weight); while loops.
// Correct: each sentence is shifted by its own peak and divided by its own sum.
using System;
using System.Collections.Generic;

namespace HeldOut23.AspectSentiment;

/// <summary>A word of a review sentence with its attention score and weight.</summary>
public sealed class Token
{
    /// <summary>The word.</summary>
    public string Text { get; init; } = "";

    /// <summary>Unnormalised attention score wᵀ M of the word.</summary>
    public double Score { get; init; }

    /// <summary>Attention weight of the word within its sentence.</summary>
    public double Weight { get; set; }
}

/// <summary>A review sentence and the aspect it is classified for.</summary>
public sealed class Sentence
{
    /// <summary>The aspect term.</summary>
    public string Aspect { get; init; } = "";

    /// <summary>The words of the sentence.</summary>
    public List<Token> Tokens { get; } = new();
}

/// <summary>Word attention of ATAE-LSTM.</summary>
public static class WordAttention
{
    /// <summary>Sets each token's <see cref="Token.Weight"/>, one distribution per sentence.</summary>
    public static void Attend(IEnumerable<Sentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Tokens;
            double peak = double.NegativeInfinity;
            int i = 0;
            while (i < tokens.Count)
            {
                peak = Math.Max(peak, tokens[i].Score);
                i++;
            }

            double sum = 0.0;
            i = 0;
            while (i < tokens.Count)
            {
                tokens[i].Weight = Math.Exp(tokens[i].Score - peak);
                sum += tokens[i].Weight;
                i++;
            }

            i = 0;
            while (i < tokens.Count)
            {
                tokens[i].Weight /= sum;
                i++;
            }
        }
    }
}
