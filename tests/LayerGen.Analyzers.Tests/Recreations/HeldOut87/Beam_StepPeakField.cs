// Idiom: decoder step with self-attention and cross-attention for every beam in one method, the cross peak kept in a
//        field.
// Use: greedy/beam decoder of a speech-to-text model.
// Layout: float[beams, cacheLen] and float[beams, srcLen] (2-D, one beam per row).
// Bug: LG0001 — the field `_stepPeak` is re-seeded once per step, before the beam loop, and folded inside it, so the
//      cross-attention shift of beam b is the max over beams 0..b; the self-attention is per beam.
// Our own code.
#nullable enable
using System;

namespace HeldOut87.Beam_StepPeakField;

public sealed class SpeechDecoder
{
    private float _stepPeak;

    public (float[,] Self, float[,] Cross) Step(float[,] self, float[,] cross)
    {
        int beams = self.GetLength(0);
        int cache = self.GetLength(1);
        int src = cross.GetLength(1);
        var sp = new float[beams, cache];
        var cp = new float[beams, src];
        for (int b = 0; b < beams; b++)
        {
            float m = self[b, 0];
            for (int k = 1; k < cache; k++)
            {
                if (self[b, k] > m) m = self[b, k];
            }

            float z = 0f;
            for (int k = 0; k < cache; k++) z += sp[b, k] = MathF.Exp(self[b, k] - m);
            for (int k = 0; k < cache; k++) sp[b, k] /= z;
        }

        _stepPeak = float.NegativeInfinity;
        for (int b = 0; b < beams; b++)
        {
            for (int s = 0; s < src; s++) _stepPeak = MathF.Max(_stepPeak, cross[b, s]); //~ LG0001
            float z = 0f;
            for (int s = 0; s < src; s++) z += cp[b, s] = MathF.Exp(cross[b, s] - _stepPeak);
            for (int s = 0; s < src; s++) cp[b, s] /= z;
        }

        return (sp, cp);
    }
}
