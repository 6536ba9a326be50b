// Source: deep mutual learning (Zhang et al. 2018) with temperature-softened peers, as in distillation: each peer's
// class logits are divided by the temperature and softmaxed over the classes to give the targets the other peer's
// KL term is computed against.
// Layout: row-major float[samples, classes]; the per-row peak and normaliser are kept in instance fields (reused by
// the caller for the log-softmax of the loss) and resized per batch.
// Correct.
using System;

namespace HeldOut24.MutualLearning;

/// <summary>Softened targets of one peer for the mutual-learning loss.</summary>
public sealed class PeerTargets
{
    private float[] _rowPeak = Array.Empty<float>();
    private float[] _rowNormaliser = Array.Empty<float>();

    /// <summary>The softening temperature.</summary>
    public float Temperature { get; }

    /// <summary>Creates the target builder.</summary>
    public PeerTargets(float temperature) => Temperature = temperature;

    /// <summary>The per-row peak of the last batch (of the logits divided by the temperature).</summary>
    public ReadOnlySpan<float> RowPeak => _rowPeak;

    /// <summary>The per-row normaliser of the last batch.</summary>
    public ReadOnlySpan<float> RowNormaliser => _rowNormaliser;

    /// <summary>softmax(logits / T) per row.</summary>
    public float[,] Soften(float[,] logits)
    {
        int samples = logits.GetLength(0), classes = logits.GetLength(1);
        if (_rowPeak.Length != samples)
        {
            _rowPeak = new float[samples];
            _rowNormaliser = new float[samples];
        }

        var targets = new float[samples, classes];
        for (int r = 0; r < samples; r++)
        {
            _rowPeak[r] = logits[r, 0] / Temperature;
            for (int c = 1; c < classes; c++)
            {
                _rowPeak[r] = MathF.Max(_rowPeak[r], logits[r, c] / Temperature);
            }

            _rowNormaliser[r] = 0f;
            for (int c = 0; c < classes; c++)
            {
                targets[r, c] = MathF.Exp(logits[r, c] / Temperature - _rowPeak[r]);
                _rowNormaliser[r] += targets[r, c];
            }

            for (int c = 0; c < classes; c++)
            {
                targets[r, c] /= _rowNormaliser[r];
            }
        }

        return targets;
    }
}
