// Idiom: hierarchical softmax over children, recursive local function over an id-keyed child table
// Layout: Dictionary<int, int[]> children by node id, double[] logits and conditionals by node id
// Bug (LG0003): exp of the raw child logits, no max over the siblings subtracted
using System;
using System.Collections.Generic;

namespace HeldOut37.TreeSoftmax_RawChildExp;

public static class HierarchicalSoftmax
{
    public static double[] Conditionals(Dictionary<int, int[]> children, double[] logit, int root)
    {
        var cond = new double[logit.Length];
        cond[root] = 1.0;

        void Visit(int node)
        {
            if (!children.TryGetValue(node, out int[] kids) || kids.Length == 0)
            {
                return;
            }

            double z = 0;
            foreach (int c in kids)
            {
                cond[c] = Math.Exp(logit[c]); //~ LG0003
                z += cond[c];
            }

            foreach (int c in kids)
            {
                cond[c] /= z;
                Visit(c);
            }
        }

        Visit(root);
        return cond;
    }
}
