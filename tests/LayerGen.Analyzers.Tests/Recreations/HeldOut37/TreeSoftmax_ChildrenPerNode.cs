// Idiom: hierarchical softmax over a class tree, a softmax over the children of every inner node, walked breadth-first
// Layout: TreeNode objects with List<TreeNode> Children; conditional and path probability stored on the node
// Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut37.TreeSoftmax_ChildrenPerNode;

public sealed class TreeNode
{
    public double Logit;
    public List<TreeNode> Children = new();
    public double Conditional;
    public double PathProbability;
}

public static class HierarchicalSoftmax
{
    public static void Normalise(TreeNode root)
    {
        root.PathProbability = 1.0;
        var queue = new Queue<TreeNode>();
        queue.Enqueue(root);
        while (queue.Count > 0)
        {
            TreeNode node = queue.Dequeue();
            if (node.Children.Count == 0)
            {
                continue;
            }

            double m = node.Children.Max(c => c.Logit);
            double z = 0;
            foreach (TreeNode c in node.Children)
            {
                c.Conditional = Math.Exp(c.Logit - m);
                z += c.Conditional;
            }

            foreach (TreeNode c in node.Children)
            {
                c.Conditional /= z;
                c.PathProbability = node.PathProbability * c.Conditional;
                queue.Enqueue(c);
            }
        }
    }
}
