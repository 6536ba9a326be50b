// Idiom: one decoding step of an encoder–decoder with a KV cache: self-attention of each beam over the cache and
//        cross-attention over the encoder memory, two softmax call sites in one type sharing per-beam stat fields.
// Use: beam-search decoder step.
// Layout: flat float[beams · width] per call (width = cache length or source length), beam b at b · width; per-beam
//         peak and normaliser kept in field arrays.
// Correct: _peak[b] and _norm[b] are re-seeded for every beam at every call.
// Our own code.
#nullable enable
using System;

namespace HeldOut87.Beam_DecoderStepFields;

public sealed class BeamDecoderStep(int beams, int srcLen)
{
    private readonly float[] _peak = new float[beams];
    private readonly float[] _norm = new float[beams];

    public float[] SelfWeights(float[] selfScores, int cacheLen)
    {
        var p = new float[beams * cacheLen];
        Normalise(selfScores, p, cacheLen);
        return p;
    }

    public float[] CrossWeights(float[] crossScores)
    {
        var p = new float[beams * srcLen];
        Normalise(crossScores, p, srcLen);
        return p;
    }

    private void Normalise(float[] scores, float[] p, int width)
    {
        for (int b = 0; b < beams; b++)
        {
            _peak[b] = float.NegativeInfinity;
            for (int k = 0; k < width; k++) _peak[b] = MathF.Max(_peak[b], scores[b * width + k]);
        }

        Array.Clear(_norm);
        for (int b = 0; b < beams; b++)
        {
            for (int k = 0; k < width; k++)
            {
                p[b * width + k] = MathF.Exp(scores[b * width + k] - _peak[b]);
                _norm[b] += p[b * width + k];
            }
        }

        for (int b = 0; b < beams; b++)
        {
            for (int k = 0; k < width; k++) p[b * width + k] /= _norm[b];
        }
    }
}
