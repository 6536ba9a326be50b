// Idiom: AlphaZero-style MCTS expansion: the policy network's logits for a node's children are turned into move
// priors P(s, a) with a softmax over that node's children (the "softmax(x - max(x))" helper of AlphaZero Gomoku /
// Go ports), applied to every expanded node of the tree.
// Use: priors for PUCT selection after a batch of leaf evaluations.
// Layout: Node class with a List<Node> of children (Logit, Prior members), tree walked with an explicit Stack and a
// while loop, LINQ Max over the children.
// Correct: per node, the max, the exp and the sum run over that node's own children.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut64.MctsPriors_ChildList;

public sealed class Node
{
    public Node(int move, double logit)
    {
        Move = move;
        Logit = logit;
    }

    public int Move { get; }

    public double Logit { get; set; }

    public double Prior { get; set; }

    public List<Node> Children { get; } = new();
}

public static class PriorAssigner
{
    public static void AssignPriors(Node root, double temperature)
    {
        var pending = new Stack<Node>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            Node node = pending.Pop();
            if (node.Children.Count == 0)
            {
                continue;
            }

            double best = node.Children.Max(c => c.Logit);
            double norm = 0.0;
            foreach (Node child in node.Children)
            {
                child.Prior = Math.Exp((child.Logit - best) / temperature);
                norm += child.Prior;
            }

            foreach (Node child in node.Children)
            {
                child.Prior /= norm;
                pending.Push(child);
            }
        }
    }
}
