// Source: attention over neighbouring pedestrians in crowd trajectory prediction (Social Attention, Vemula et al. 2018).
// Layout: records (Pedestrian with a list of Neighbour records); SelectMany over the crowd, then a foreach per pedestrian.
// Bug (LG0001): one peak is taken over every neighbour score of the whole crowd and subtracted from each pedestrian's
// scores, while each pedestrian is normalised on its own.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut23.CrowdTrajectories;

/// <summary>A neighbour of an agent and its attention score.</summary>
public sealed record NeighbourScore(int Id, float Score);

/// <summary>An agent and the neighbours it attends to.</summary>
public sealed record Agent(int Id, List<NeighbourScore> Neighbours);

/// <summary>Social attention weights of a frame's agents, shifted once per frame.</summary>
public static class FrameSocialAttention
{
    /// <summary>Attention weights over each agent's neighbours, in the crowd's order.</summary>
    public static List<float[]> Weights(List<Agent> crowd)
    {
        float crowdPeak = crowd.SelectMany(agent => agent.Neighbours).Max(n => n.Score); //~ LG0001
        var result = new List<float[]>(crowd.Count);
        foreach (var agent in crowd)
        {
            var w = new float[agent.Neighbours.Count];
            float z = 0f;
            for (int i = 0; i < w.Length; i++)
            {
                w[i] = MathF.Exp(agent.Neighbours[i].Score - crowdPeak);
                z += w[i];
            }

            for (int i = 0; i < w.Length; i++)
            {
                w[i] /= z;
            }

            result.Add(w);
        }

        return result;
    }
}
