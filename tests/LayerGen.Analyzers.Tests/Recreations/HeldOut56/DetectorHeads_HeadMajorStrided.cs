// Idiom: anomaly-detector ensemble on metric windows: a gating network scores each detector head (seasonal, spike,
// level-shift, ...) per window, and the softmax over heads mixes the heads' anomaly scores for that window.
// Layout: head-major flat ReadOnlySpan<float> gate [heads * windows]; window w's slice is strided: gate[h * windows + w].
// Correct: max and sum over the heads of one window (stride `windows`).
// Style inspired by mixture-of-experts gating in metric anomaly detectors; our own C#.
using System;

namespace HeldOut56.DetectorHeads_HeadMajorStrided;

public static class HeadGating
{
    public static void MixWeights(ReadOnlySpan<float> gate, Span<float> mix, int heads)
    {
        int windows = gate.Length / heads;
        for (int w = 0; w < windows; w++)
        {
            float max = gate[w];
            for (int h = 1; h < heads; h++)
            {
                max = MathF.Max(max, gate[h * windows + w]);
            }

            float sum = 0f;
            for (int h = 0; h < heads; h++)
            {
                float e = MathF.Exp(gate[h * windows + w] - max);
                mix[h * windows + w] = e;
                sum += e;
            }

            for (int h = 0; h < heads; h++)
            {
                mix[h * windows + w] /= sum;
            }
        }
    }
}
