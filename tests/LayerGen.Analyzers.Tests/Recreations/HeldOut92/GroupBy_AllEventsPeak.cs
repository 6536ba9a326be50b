// Idiom: mutable click rows grouped per user with ToLookup; the probability is stored on each row object.
// Use: per-user item-choice probabilities from a click table.
// Layout: List<Click> in long format (user id, item, logit), groups from ILookup<int, Click>.
// Bug (LG0001): the shift is the max over every click of every user (one library call over the whole list), while
// the softmax runs per user group.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut92.GroupBy_AllEventsPeak;

public sealed class Click
{
    public Click(int userId, string item, float logit)
    {
        UserId = userId;
        Item = item;
        Logit = logit;
    }

    public int UserId { get; }

    public string Item { get; }

    public float Logit { get; }

    public float Probability { get; set; }
}

public static class ClickModel
{
    public static void Assign(List<Click> clicks)
    {
        ILookup<int, Click> byUser = clicks.ToLookup(c => c.UserId);
        float ceiling = clicks.Max(c => c.Logit); //~ LG0001
        foreach (IGrouping<int, Click> g in byUser)
        {
            float z = 0f;
            foreach (Click c in g)
            {
                z += MathF.Exp(c.Logit - ceiling);
            }

            foreach (Click c in g)
            {
                c.Probability = MathF.Exp(c.Logit - ceiling) / z;
            }
        }
    }
}
