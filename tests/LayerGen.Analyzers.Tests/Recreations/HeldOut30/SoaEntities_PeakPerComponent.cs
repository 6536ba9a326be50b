// Struct-of-arrays entity storage in a data-oriented sim: the behaviour scores kept component-major (one float[] per
// behaviour, entity index the row), each entity softmaxing across the behaviours.
// Layout: float[behaviours][entities] (component → entity); one softmax per entity = across the component arrays.
// Bug (LG0004): "for stability" each component array is shifted by its own max over all entities, while the sum runs
// per entity across the components: max and sum over different axes (wrong values, and NaN when an entity sits far
// below the component peaks).
using System;

namespace HeldOut30.SoaEntities_PeakPerComponent;

/// <summary>The behaviour-choice system over component arrays.</summary>
public static class BehaviourChoiceSystem
{
    /// <summary>probabilities[b][e] = softmax over b of scores[b][e], for every entity e &lt; count.</summary>
    public static void Run(float[][] scores, float[][] probabilities, int count)
    {
        int behaviours = scores.Length;
        var componentPeak = new float[behaviours];
        for (int b = 0; b < behaviours; b++)
        {
            float[] column = scores[b];
            componentPeak[b] = float.NegativeInfinity;
            for (int e = 0; e < count; e++)
            {
                if (column[e] > componentPeak[b]) componentPeak[b] = column[e]; //~ LG0004
            }
        }

        for (int e = 0; e < count; e++)
        {
            float sum = 0f;
            for (int b = 0; b < behaviours; b++)
            {
                float w = MathF.Exp(scores[b][e] - componentPeak[b]);
                probabilities[b][e] = w;
                sum += w;
            }

            for (int b = 0; b < behaviours; b++)
            {
                probabilities[b][e] /= sum;
            }
        }
    }
}
