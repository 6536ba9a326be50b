// Source: zhongkaifu/CRFSharp Core/CRFSharp/base/Utils.cs:134, Core/CRFSharp/base/Tagger.cs:76, :91, :108,
// Core/CRFSharp/decoder/DecoderTagger.cs:39 (commit 0a67d9a07e56) (re-created, not copied)
// Layout: a linear-chain CRF (a CRF++ port) over a lattice node_[word, label]; each node has lists of left and right
// paths with costs. logsumexp(x, y, init) adds two log-domain values with the larger one factored out (and returns
// the larger when the gap exceeds 13); calcAlpha / calcBeta fold it over a node's paths; forwardbackward runs both
// passes and folds the first column's betas into the log partition Z; toprob turns a node's alpha + beta − cost − Z
// back into a marginal probability.
// Label: correct ×5 (log-sum-exp with the maximum factored out; exp of a log-normalised marginal).
using System;
using System.Collections.Generic;

namespace Recreations.Real56.ZhongkaifuCRFSharp_LogSumExpForwardBackward;

/// <summary>CRFSharp's numeric helpers.</summary>
internal static class Utils
{
    public const int MINUS_LOG_EPSILON = 13;

    /// <summary>log(exp(x) + exp(y)); in init mode just y.</summary>
    public static double logsumexp(double x, double y, bool flg)
    {
        if (flg)
        {
            return y;
        }

        double vmin;
        double vmax;
        if (x > y)
        {
            vmin = y;
            vmax = x;
        }
        else
        {
            vmin = x;
            vmax = y;
        }

        if (vmax > vmin + MINUS_LOG_EPSILON)
        {
            return vmax;
        }

        return vmax + Math.Log(Math.Exp(vmin - vmax) + 1.0);
    }
}

/// <summary>A lattice edge between two nodes.</summary>
internal sealed class Path
{
    public Node lnode = null!;
    public Node rnode = null!;
    public double cost;
}

/// <summary>A lattice node: one label at one word.</summary>
internal sealed class Node
{
    public double alpha;
    public double beta;
    public double cost;
    public List<Path> lpathList = new();
    public List<Path> rpathList = new();
}

/// <summary>The forward-backward part of CRFSharp's tagger.</summary>
internal class Tagger(int wordNum, int ysize)
{
    protected readonly Node[,] node_ = new Node[wordNum, ysize];
    protected readonly int word_num = wordNum;
    protected readonly int ysize_ = ysize;
    protected double Z_;

    private void calcAlpha(int m, int n)
    {
        var nd = node_[m, n];
        nd.alpha = 0.0;

        var i = 0;
        for (int index = 0; index < nd.lpathList.Count; index++)
        {
            var p = nd.lpathList[index];
            nd.alpha = Utils.logsumexp(nd.alpha, p.cost + p.lnode.alpha, i == 0);
            i++;
        }

        nd.alpha += nd.cost;
    }

    private void calcBeta(int m, int n)
    {
        var nd = node_[m, n];
        nd.beta = 0.0;
        if (m + 1 < word_num)
        {
            var i = 0;
            for (int index = 0; index < nd.rpathList.Count; index++)
            {
                var p = nd.rpathList[index];
                nd.beta = Utils.logsumexp(nd.beta, p.cost + p.rnode.beta, i == 0);
                i++;
            }
        }

        nd.beta += nd.cost;
    }

    /// <summary>Alphas and betas of every node, then the log partition function.</summary>
    public void forwardbackward()
    {
        for (int i = 0, k = word_num - 1; i < word_num; ++i, --k)
        {
            for (var j = 0; j < ysize_; ++j)
            {
                calcAlpha(i, j);
                calcBeta(k, j);
            }
        }

        Z_ = 0.0;
        for (var j = 0; j < ysize_; ++j)
        {
            Z_ = Utils.logsumexp(Z_, node_[0, j].beta, j == 0);
        }
    }
}

/// <summary>The decoder's marginal probabilities.</summary>
internal sealed class DecoderTagger(int wordNum, int ysize) : Tagger(wordNum, ysize)
{
    /// <summary>The marginal probability of one node.</summary>
    public double toprob(Node n, double Z)
    {
        return Math.Exp(n.alpha + n.beta - n.cost - Z);
    }

    /// <summary>The marginal of label j at word i.</summary>
    public double Marginal(int i, int j) => toprob(node_[i, j], Z_);
}
