// HeldOut28. Idiom: a strategy object (IScoreNormalizer) injected through the constructor, with a static readonly
// singleton instance; the classifier hands each row's span to the strategy.
// Use: top-k tag classifier. Layout: flat row-major float[rows · classes], Span<float> slices. Correct.
using System;

namespace LayerGen.HeldOut28.StrategyNormaliser_CtorInjected;

/// <summary>Turns one row of scores into weights, in place.</summary>
public interface IScoreNormalizer
{
    void Normalize(Span<float> scores);
}

/// <summary>Softmax normaliser.</summary>
public sealed class SoftmaxNormalizer : IScoreNormalizer
{
    public static readonly SoftmaxNormalizer Instance = new();

    private SoftmaxNormalizer()
    {
    }

    public void Normalize(Span<float> scores)
    {
        var max = scores[0];
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > max) max = scores[i];
        }

        var total = 0f;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = MathF.Exp(scores[i] - max);
            total += scores[i];
        }

        var inverse = 1f / total;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] *= inverse;
        }
    }
}

/// <summary>Scores rows of tags with the injected normaliser.</summary>
public sealed class TagClassifier
{
    private readonly IScoreNormalizer _normalizer;
    private readonly int _classes;

    public TagClassifier(IScoreNormalizer normalizer, int classes)
    {
        _normalizer = normalizer ?? throw new ArgumentNullException(nameof(normalizer));
        _classes = classes;
    }

    public float[] Classify(float[] scores)
    {
        var output = (float[])scores.Clone();
        for (var start = 0; start < output.Length; start += _classes)
        {
            _normalizer.Normalize(output.AsSpan(start, _classes));
        }

        return output;
    }
}
