using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Exp helpers that keep values in locals: the exp returned through a local (<c>var e = Math.Exp(v); return e;</c>,
/// <c>float r; r = MathF.Exp(v); return r;</c>) and an exponent computed into a local first
/// (<c>var z = (v - m) / t; return Math.Exp(z);</c>, <c>var t = this.Data; var node = new Node(Math.Exp(t));</c>). A local
/// of the helper's block written once, by its declaration or by one plain assignment statement of the block, stands
/// for the value written: the helper readers (IsExpHelper, ExpHelperArguments.cs, MemberExpHelpers.cs) look through it,
/// and a call's exponent is evaluated with such locals bound to their values for that call (<see cref="BindExponentLocals"/>).
/// A local written again (<c>e = Math.Min(e, cap)</c>), on a branch, by <c>++</c> or through <c>ref</c>/<c>out</c> is not
/// followed, so a clamped helper is read as before; OnceWrittenLocalSyntax.cs is the same rule on syntax, for the gates.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Per helper body, its once-written locals in the order of their writes.</summary>
    private readonly Dictionary<IOperation, ImmutableArray<(ILocalSymbol Local, IOperation Value)>> _onceWrittenLocals = new();

    /// <summary>The value of every once-written helper local read so far (a local symbol belongs to one body).</summary>
    private readonly Dictionary<ILocalSymbol, IOperation> _onceWrittenValues = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The one value a helper body returns, past casts and once-written locals: an expression body itself; for a block,
    /// the value of its last statement, a <c>return</c>, when every statement before it declares or plainly assigns its
    /// own locals and the body writes none of the helper's parameters; else null.
    /// </summary>
    private IOperation? ReturnedPastLocals(IOperation? body)
    {
        if (body is not IBlockOperation block)
        {
            return Unwrap(body);
        }

        if (block.Operations.LastOrDefault() is not IReturnOperation { ReturnedValue: { } returned }
            || block.Operations.Take(block.Operations.Length - 1).Any(statement => !IsOwnLocalWrite(statement, block))
            || block.Descendants().Any(operation => operation is IReturnOperation other && other.ReturnedValue != returned && !IsInNestedFunction(other, block))
            || WritesParameter(block))
        {
            return null;
        }

        return PastOnceWrittenLocals(returned, block);
    }

    /// <summary><paramref name="value"/> unwrapped and, while it reads a once-written local of <paramref name="body"/>, that local's value.</summary>
    private IOperation? PastOnceWrittenLocals(IOperation? value, IOperation? body)
    {
        var locals = OnceWrittenLocals(body);
        value = Unwrap(value);

        // Each local's value was written before it (OnceWrittenLocals), so the walk ends.
        while (value is ILocalReferenceOperation { Local: var local } && locals.FirstOrDefault(entry => SymbolEqualityComparer.Default.Equals(entry.Local, local)) is { Value: { } written })
        {
            value = Unwrap(written);
        }

        return value;
    }

    /// <summary>
    /// The locals of block <paramref name="body"/> written exactly once, by a declaration or a plain assignment statement
    /// directly in the block, whose value reads only such locals written before; in order.
    /// </summary>
    private ImmutableArray<(ILocalSymbol Local, IOperation Value)> OnceWrittenLocals(IOperation? body)
    {
        if (body is not IBlockOperation block)
        {
            return ImmutableArray<(ILocalSymbol, IOperation)>.Empty;
        }

        if (_onceWrittenLocals.TryGetValue(block, out var known))
        {
            return known;
        }

        var writes = new Dictionary<ILocalSymbol, int>(SymbolEqualityComparer.Default);
        foreach (var operation in block.Descendants())
        {
            if (WrittenLocal(operation) is { } written)
            {
                writes[written] = writes.TryGetValue(written, out var count) ? count + 1 : 1;
            }
        }

        var result = ImmutableArray.CreateBuilder<(ILocalSymbol, IOperation)>();
        var defined = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        foreach (var statement in block.Operations)
        {
            foreach (var (local, value) in StatementWrites(statement))
            {
                if (writes.TryGetValue(local, out var count) && count == 1 && !local.IsRef && block.Locals.Contains(local, SymbolEqualityComparer.Default)
                    && value.DescendantsAndSelf().All(read => read is not ILocalReferenceOperation { Local: var other } || defined.Contains(other) || !writes.ContainsKey(other)))
                {
                    defined.Add(local);
                    result.Add((local, value));
                    _onceWrittenValues[local] = value;
                }
            }
        }

        var locals = result.ToImmutable();
        _onceWrittenLocals[block] = locals;
        return locals;
    }

    /// <summary>
    /// Binds the once-written locals of <paramref name="callee"/>'s body that <paramref name="exponent"/> reads (directly or
    /// through each other) to their values for the call being evaluated, its parameters already bound.
    /// </summary>
    private void BindExponentLocals(IMethodSymbol callee, IOperation exponent, List<(ISymbol Symbol, ValueFacts? Facts, IOperation? Operation)> previous)
    {
        var locals = OnceWrittenLocals(HelperBody(callee));
        if (locals.IsEmpty)
        {
            return;
        }

        var needed = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        AddReadLocals(exponent, needed);
        for (var i = locals.Length - 1; i >= 0; i--)
        {
            if (needed.Contains(locals[i].Local))
            {
                AddReadLocals(locals[i].Value, needed);
            }
        }

        foreach (var (local, value) in locals)
        {
            if (needed.Contains(local))
            {
                ForgetValues(value);
                BindLocal(local, Eval(value), previous);
                ForgetValues(value);
            }
        }
    }

    /// <summary>The value of a read of a once-written helper local (for the helper readers' shape checks); null for any other operation.</summary>
    private IOperation? OnceWrittenValue(IOperation operation) =>
        operation is ILocalReferenceOperation { Local: var local } && _onceWrittenValues.TryGetValue(local, out var value) ? value : null;

    private static void AddReadLocals(IOperation operation, HashSet<ILocalSymbol> locals)
    {
        foreach (var read in operation.DescendantsAndSelf())
        {
            if (read is ILocalReferenceOperation { Local: var local })
            {
                locals.Add(local);
            }
        }
    }

    /// <summary>The locals a statement directly in a helper block writes, with their values: declarators with initialisers and a plain assignment statement.</summary>
    private static IEnumerable<(ILocalSymbol Local, IOperation Value)> StatementWrites(IOperation statement)
    {
        switch (statement)
        {
            case IVariableDeclarationGroupOperation group:
                foreach (var declarator in group.Declarations.SelectMany(declaration => declaration.Declarators))
                {
                    if (declarator.GetVariableInitializer()?.Value is { } initial)
                    {
                        yield return (declarator.Symbol, initial);
                    }
                }

                break;
            case IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { IsRef: false, Target: ILocalReferenceOperation { Local: var local }, Value: var value } }:
                yield return (local, value);
                break;
        }
    }

    /// <summary>A declaration of locals (not <c>ref</c>, not <c>using</c>), or a plain assignment statement to a local of <paramref name="block"/>.</summary>
    private static bool IsOwnLocalWrite(IOperation statement, IBlockOperation block) => statement switch
    {
        IVariableDeclarationGroupOperation group => group.Declarations.SelectMany(declaration => declaration.Declarators).All(declarator => !declarator.Symbol.IsRef),
        IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { IsRef: false, Target: ILocalReferenceOperation { Local: var local } } } =>
            block.Locals.Contains(local, SymbolEqualityComparer.Default),
        _ => false,
    };

    /// <summary>The local <paramref name="operation"/> writes (a declarator with an initialiser, or see <see cref="WrittenReference"/>); else null.</summary>
    private static ILocalSymbol? WrittenLocal(IOperation operation) => operation switch
    {
        IVariableDeclaratorOperation declarator when declarator.GetVariableInitializer() is not null => declarator.Symbol,
        _ => WrittenReference(operation) is ILocalReferenceOperation { Local: var local } ? local : null,
    };

    /// <summary>
    /// The reference <paramref name="operation"/> writes: an assignment's or <c>++</c>/<c>--</c>'s target, a
    /// <c>ref</c>/<c>out</c> argument, a reference whose address is taken, or the reference itself when it is an element
    /// of a deconstruction; else null. The one reading of "what is written" for locals, parameters and members here.
    /// </summary>
    private static IOperation? WrittenReference(IOperation operation) => operation switch
    {
        IAssignmentOperation assignment => assignment.Target,
        IIncrementOrDecrementOperation step => step.Target,
        IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument => argument.Value,
        IAddressOfOperation address => address.Reference,
        _ when operation.Parent is ITupleOperation { Parent: IDeconstructionAssignmentOperation } || operation.Parent is IDeconstructionAssignmentOperation => operation,
        _ => null,
    };

    /// <summary>True when <paramref name="block"/> writes a parameter (<c>v = Math.Min(v, 80)</c>): its returned value is then no function of the arguments.</summary>
    private static bool WritesParameter(IOperation block) => block.Descendants().Any(operation => WrittenReference(operation) is IParameterReferenceOperation);
}
