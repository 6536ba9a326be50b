// Struct-of-arrays entity storage in a data-oriented crowd sim (DOTS / hand-rolled ECS): four steering behaviours,
// each scored into its own component array, the entity index is the row; each entity softmaxes its four scores.
// Layout: one float[entities] per component (Seek, Flee, Wander, Idle) and one per output probability; four classes
// unrolled per entity.
// Correct: each entity's own max of its four scores (nested MathF.Max), four shifted exps, divided by their sum.
using System;

namespace HeldOut30.SoaEntities_SteeringChoice;

/// <summary>Component arrays of the steering system (index = entity).</summary>
public sealed class SteeringComponents
{
    /// <summary>Creates storage for a number of entities.</summary>
    public SteeringComponents(int entities)
    {
        Seek = new float[entities];
        Flee = new float[entities];
        Wander = new float[entities];
        Idle = new float[entities];
        PSeek = new float[entities];
        PFlee = new float[entities];
        PWander = new float[entities];
        PIdle = new float[entities];
    }

    /// <summary>Behaviour scores.</summary>
    public float[] Seek, Flee, Wander, Idle;

    /// <summary>Behaviour probabilities written by the system.</summary>
    public float[] PSeek, PFlee, PWander, PIdle;
}

/// <summary>The steering-choice system.</summary>
public static class SteeringChoiceSystem
{
    /// <summary>Runs once per tick over every live entity.</summary>
    public static void Run(SteeringComponents c, int count)
    {
        for (int e = 0; e < count; e++)
        {
            float peak = MathF.Max(MathF.Max(c.Seek[e], c.Flee[e]), MathF.Max(c.Wander[e], c.Idle[e]));
            float seek = MathF.Exp(c.Seek[e] - peak);
            float flee = MathF.Exp(c.Flee[e] - peak);
            float wander = MathF.Exp(c.Wander[e] - peak);
            float idle = MathF.Exp(c.Idle[e] - peak);
            float inverse = 1f / (seek + flee + wander + idle);
            c.PSeek[e] = seek * inverse;
            c.PFlee[e] = flee * inverse;
            c.PWander[e] = wander * inverse;
            c.PIdle[e] = idle * inverse;
        }
    }
}
