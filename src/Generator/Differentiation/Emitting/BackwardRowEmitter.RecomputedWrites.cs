using System.Collections.Generic;
using System.Linq;
using LayerGen.Differentiation.Ir;
using LayerGen.Generator.Model;

namespace LayerGen.Differentiation.Emitting;

// The values a tape-view loop wrote, recomputed in the backward from the records instead of read from a copy. The
// reverse of y[i] /= sum needs the quotient it wrote; under a tape view (BackwardRowEmitter.TapeViews.cs) y before the
// loop is the loop's tape slice, and the quotients were read from the record's copy of the final y: one more row per
// row in the record (at rows of 1024, 2 MB of records for 256 rows instead of 1 MB, past the L2 cache). When the value
// is built with +, -, * and / (and negation) from the old y[i], constants, elements of spans nothing writes from the
// loop on and locals nothing assigns from the loop on, the reverse computes it again from those: the same IEEE
// operations on the same operands in the same order round the same way on lanes as in scalar code, so it is the
// forward's value bit for bit (no reciprocal, no fused multiply-add, no exp, whose lane and scalar versions differ).
// When the last top-level statement that touches y is such a loop, no reverse step reads the final y, and the record
// keeps no copy of it. BackwardRowsFromInputs keeps reading its y in scratch (a load from L1 is cheaper than a division).

internal sealed partial class BackwardRowEmitter
{
    /// <summary>
    /// True when the reverse recomputes the value <paramref name="assign"/> wrote (an assignment in the body of the
    /// tape-view loop at top-level index <paramref name="topLevelIndex"/>) instead of reading it: only in the backward
    /// from the records.
    /// </summary>
    private bool RecomputesWritten(AssignElement assign, int topLevelIndex)
    {
        if (!_fromRecords || !TapePolicy.NeedsOwnValue(assign.Value))
        {
            return false;
        }

        var assignedLocals = new HashSet<int>();
        var writtenArrays = new HashSet<ArrayRef>();
        for (int index = topLevelIndex; index < _model.Body.Length; index++)
        {
            Assigned(_model.Body[index], assignedLocals, writtenArrays);
        }

        bool Exact(RealExpr value) => value.Type == _model.ElementType && value switch
        {
            RealConstant => true,
            RealLocal local => !assignedLocals.Contains(local.Id),
            ElementRead read => read.Index.Equals(assign.Index) && (read.Array.Equals(assign.Array) || !writtenArrays.Contains(read.Array)),
            RealNegate negate => Exact(negate.Operand),
            RealBinary binary => Exact(binary.Left) && Exact(binary.Right),
            _ => false,
        };

        return Exact(assign.Value);
    }

    /// <summary>
    /// Whether the record keeps a copy of the final y: not when the last top-level statement that touches y is a loop
    /// reversed by a tape view of y whose written values are recomputed (or not read): then nothing reads the final y.
    /// </summary>
    private bool RecordsOutput()
    {
        var output = new ArrayRef(ArrayKind.Output, 0);
        if (!_fromRecords || !_tapeViews.Contains(output))
        {
            return true;
        }

        for (int index = _model.Body.Length - 1; index >= 0; index--)
        {
            Statement statement = _model.Body[index];
            if (!Touches(statement, output))
            {
                continue;
            }

            return !(statement is ForLoop loop && VectorPlan(loop, 0, index) is { Taped: [AssignElement taped] }
                && taped.Array.Equals(output)
                && (!TapePolicy.NeedsOwnValue(taped.Value) || RecomputesWritten(taped, index)));
        }

        return true;
    }

    /// <summary>The locals and spans <paramref name="statement"/> assigns, at any depth.</summary>
    private static void Assigned(Statement statement, HashSet<int> locals, HashSet<ArrayRef> arrays)
    {
        foreach (Statement inner in WithNested(statement))
        {
            switch (inner)
            {
                case AssignLocal assign:
                    locals.Add(assign.Local);
                    break;
                case AssignElement assign:
                    arrays.Add(assign.Array);
                    break;
            }
        }
    }

    /// <summary>Whether <paramref name="statement"/> reads or writes an element of <paramref name="array"/> anywhere (values, indices, conditions, bounds).</summary>
    private static bool Touches(Statement statement, ArrayRef array)
    {
        bool Reads(object node) => IrWalk.Any(node, n => n is ElementRead read && read.Array.Equals(array));
        return WithNested(statement).Any(inner => inner switch
        {
            AssignLocal assign => Reads(assign.Value),
            AssignElement assign => assign.Array.Equals(array) || Reads(assign.Index) || Reads(assign.Value),
            IntLet let => Reads(let.Value),
            IntAssign assign => Reads(assign.Value),
            ForLoop loop => Reads(loop.Start) || Reads(loop.Bound),
            IfStatement branch => Reads(branch.Condition),
            _ => true, // a statement kind this walk does not know: assume it does
        });
    }

    /// <summary><paramref name="statement"/> and every statement in its loop bodies and branches, at any depth.</summary>
    private static IEnumerable<Statement> WithNested(Statement statement)
    {
        yield return statement;
        IEnumerable<Statement> inner = statement switch
        {
            ForLoop loop => loop.Body,
            IfStatement branch => branch.WhenTrue.Concat(branch.WhenFalse),
            _ => [],
        };
        foreach (Statement child in inner)
        {
            foreach (Statement nested in WithNested(child))
            {
                yield return nested;
            }
        }
    }
}
