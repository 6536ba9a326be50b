// Idiom: mixture-of-experts router with LINQ top-k (Select with index, OrderByDescending, Take), gates as tuples
// Layout: List<float[]> router logits per token; List<(int Expert, float Gate)[]> routes
// Bug (LG0002): the gate total is declared above the token loop and accumulates the selected exps of every token
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut37.MoeGating_GateTotalAcrossTokens;

public static class TopKRouter
{
    public static List<(int Expert, float Gate)[]> Route(List<float[]> tokenLogits, int k)
    {
        var routes = new List<(int Expert, float Gate)[]>();
        float gateTotal = 0f;
        foreach (float[] logits in tokenLogits)
        {
            var top = logits.Select((v, e) => (Expert: e, Logit: v)).OrderByDescending(x => x.Logit).Take(k).ToArray();
            float peak = top.Max(x => x.Logit);
            var gates = new (int Expert, float Gate)[top.Length];
            for (int j = 0; j < top.Length; j++)
            {
                float g = MathF.Exp(top[j].Logit - peak);
                gates[j] = (top[j].Expert, g);
                gateTotal += g; //~ LG0002
            }

            for (int j = 0; j < gates.Length; j++)
            {
                gates[j].Gate /= gateTotal;
            }

            routes.Add(gates);
        }

        return routes;
    }
}
